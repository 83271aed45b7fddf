package org.lowshire.portal.consent.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.consent.Consent;
import org.lowshire.portal.consent.ConsentKind;
import org.lowshire.portal.consent.ConsentService;
import org.lowshire.portal.consent.PersonConsents;
import org.lowshire.portal.platform.web.DateParts;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.platform.web.UploadedFiles;

/**
 * A person's page: who they are, their consents per kind with scope and full status history, and the forms to
 * record, correct or withdraw a consent. Loading it is a VIEW of the person; refusals are the 403 page.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsentService consents;

    private String id;
    private PersonConsents person;
    private ConsentForm form = new ConsentForm();
    private String withdrawing;
    private DateParts withdrawnOn = new DateParts();
    private String withdrawalNote;
    private String attaching;
    private transient Part document;

    public void load() {
        loaded();
    }

    /**
     * The person, loaded once per view; loaded here too when Mojarra dropped this view's bean mid-render (a
     * session keeps its 25 latest views' beans, see {@code ViewRequestPage#loaded}).
     */
    private PersonConsents loaded() {
        if (person == null && PageMessages.mayLoad()) {
            if (id == null) {
                id = PageMessages.requestParameter("id");
            }
            person = PageMessages.load(() -> consents.forPerson(id));
        }
        return person;
    }

    public String save() {
        var details = PageMessages.attempt(form::details, ConsentForm.fieldIds("consent"));
        if (details == null) {
            return null;
        }
        Consent saved = PageMessages.attempt(
                () -> form.isEditing()
                        ? consents.revise(form.getEditing(), form.getVersion(), details)
                        : consents.record(id, details),
                ConsentForm.fieldIds("consent"));
        return saved == null ? null : reload(form.isEditing() ? "consent.corrected.banner" : "consent.recorded.banner");
    }

    public void edit(Consent c) {
        form = ConsentForm.of(c);
    }

    public void startWithdrawal(Consent c) {
        if (loaded() != null) {
            withdrawing = c.getUuid();
            withdrawnOn = DateParts.of(person.today());
        }
    }

    public String withdraw() {
        Consent c = loaded() == null
                ? null
                : person.consents().stream()
                        .filter(x -> x.getUuid().equals(withdrawing))
                        .findFirst()
                        .orElse(null);
        if (c == null) {
            return null;
        }
        var fields = Map.of(
                "withdrawnOn",
                "withdrawal:withdrawnOnDay",
                "status",
                "withdrawal:withdrawnOnDay",
                "withdrawalNote",
                "withdrawal:withdrawalNote",
                "version",
                "withdrawal:withdrawnOnDay");
        java.time.LocalDate on;
        try {
            on = withdrawnOn.toDate("withdrawnOn");
        } catch (org.lowshire.portal.shared.InvalidInput e) {
            PageMessages.show(e, fields);
            return null;
        }
        var done =
                PageMessages.attempt(() -> consents.withdraw(c.getUuid(), c.getVersion(), on, withdrawalNote), fields);
        return done == null ? null : reload("consent.withdrawn.banner");
    }

    public void startAttaching(Consent c) {
        attaching = c.getUuid();
    }

    /** Keeps the signed consent document with the consent; a refused file is named next to the file input. */
    public String attach() {
        var saved = PageMessages.attempt(
                () -> consents.addDocument(
                        attaching,
                        UploadedFiles.name(document),
                        UploadedFiles.read(document, consents.maxDocumentBytes())),
                Map.of("file", "document:file"));
        return saved == null ? null : reload("consent.document.banner");
    }

    private String reload(String bannerKey) {
        PageMessages.info(bannerKey);
        return "/requests/person.xhtml?faces-redirect=true&id=" + id;
    }

    public List<Map.Entry<ConsentKind, List<Consent>>> getByKind() {
        return loaded() == null ? List.of() : List.copyOf(person.byKind().entrySet());
    }

    public boolean inForce(Consent c) {
        return loaded() != null && c.isInForceOn(person.today());
    }

    public boolean expired(Consent c) {
        return loaded() != null && c.isExpiredOn(person.today());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonConsents getPerson() {
        return loaded();
    }

    public ConsentForm getForm() {
        return form;
    }

    public String getWithdrawing() {
        return withdrawing;
    }

    public String getAttaching() {
        return attaching;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    public DateParts getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalNote() {
        return withdrawalNote;
    }

    public void setWithdrawalNote(String v) {
        withdrawalNote = v;
    }
}
