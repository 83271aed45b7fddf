package org.lowshire.portal.audit.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

/**
 * Field-level history of any Envers-audited record, as a list of changes newest first. Callers check access and
 * audit the view first: this only reads.
 */
@ApplicationScoped
public class FieldHistory {

    @PersistenceContext
    EntityManager em;

    public List<FieldChange> of(Class<?> type, Long id) {
        return of(type, id, Instant.EPOCH);
    }

    /**
     * The changes made at or after {@code from} (to the millisecond, as Envers stamps revisions); earlier revisions
     * are only compared against, never shown.
     */
    public List<FieldChange> of(Class<?> type, Long id, Instant from) {
        Instant cut = from.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<FieldChange> changes = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Revision rev = (Revision) row[1];
            Instant at = Instant.ofEpochMilli(rev.getTimestamp());
            if (!at.isBefore(cut)) {
                changes.addAll(diff(previous, row[0], at, rev));
            }
            previous = row[0];
        }
        Collections.reverse(changes);
        return changes;
    }

    private List<FieldChange> diff(Object before, Object after, Instant at, Revision rev) {
        List<FieldChange> out = new ArrayList<>();
        if (after != null) {
            collect(em.getMetamodel().managedType(after.getClass()), "", before, after, at, rev, out);
        }
        return out;
    }

    /** Compares the mapped fields (embedded ones field by field), never derived getters. */
    private void collect(
            ManagedType<?> type,
            String prefix,
            Object before,
            Object after,
            Instant at,
            Revision rev,
            List<FieldChange> out) {
        for (SingularAttribute<?, ?> a : type.getSingularAttributes()) {
            if (a.isId() || a.isVersion() || !(a.getJavaMember() instanceof Field field)) {
                continue;
            }
            Object now = read(field, after);
            Object then = read(field, before);
            if (a.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                collect(
                        em.getMetamodel().embeddable(a.getJavaType()),
                        prefix + a.getName() + ".",
                        then,
                        now,
                        at,
                        rev,
                        out);
            } else if (!Objects.equals(text(now), text(then))) {
                out.add(new FieldChange(
                        at, rev.getActorUsername(), rev.getActorAgency(), prefix + a.getName(), text(then), text(now)));
            }
        }
    }

    private static Object read(Field field, Object owner) {
        if (owner == null) {
            return null;
        }
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("History field unreadable: " + field.getName(), e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
