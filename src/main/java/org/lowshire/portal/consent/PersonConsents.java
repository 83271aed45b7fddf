package org.lowshire.portal.consent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.lowshire.portal.person.Person;

/** A person's consents, newest first, read on a given day: which are in force, per kind. */
public record PersonConsents(
        Person person,
        List<Consent> consents,
        LocalDate today,
        java.util.Map<String, List<org.lowshire.portal.audit.history.FieldChange>> changes,
        java.util.Map<String, List<org.lowshire.portal.attachment.Attachment>> documents,
        java.util.Set<String> changeable,
        boolean creatorShown)
        implements Serializable {

    /** Whether the viewer's agency recorded this consent, so may correct, withdraw or add to it (the policy's say). */
    public boolean mayChange(Consent c) {
        return changeable.contains(c.getUuid());
    }

    /** The signed documents kept with one consent, oldest first. */
    public List<org.lowshire.portal.attachment.Attachment> documentsOf(Consent c) {
        return documents.getOrDefault(c.getUuid(), List.of());
    }

    /** The field changes of one consent after it was first recorded, newest first (Envers). */
    public List<org.lowshire.portal.audit.history.FieldChange> changesOf(Consent c) {
        return changes.getOrDefault(c.getUuid(), List.of());
    }

    public List<Consent> inForce() {
        return consents.stream().filter(c -> c.isInForceOn(today)).toList();
    }

    /** Consents grouped by kind, in kind order: the page's current state per kind and scope. */
    public java.util.Map<ConsentKind, List<Consent>> byKind() {
        var out = new java.util.EnumMap<ConsentKind, List<Consent>>(ConsentKind.class);
        consents.forEach(c -> out.computeIfAbsent(c.getKind(), k -> new java.util.ArrayList<>())
                .add(c));
        return out;
    }
}
