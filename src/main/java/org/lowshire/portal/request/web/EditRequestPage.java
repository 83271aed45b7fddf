package org.lowshire.portal.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.agency.Agency;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.person.LinkReason;
import org.lowshire.portal.person.PersonRecords;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestService;
import org.lowshire.portal.request.Status;

/**
 * One task of a draft request (see {@link DraftTask}): its answers saved as a draft, the people added after a
 * duplicate check, documents uploaded; then back to the task list, or to the check page the user came from.
 * Refusals are shown next to their fields and what was typed stays. Sending happens on the check page.
 */
@Named
@ViewScoped
public class EditRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("recipients", "draft:recipients"),
            Map.entry("concernType", "draft:concernType"),
            Map.entry("hsbPosition", "draft:hsbPosition"),
            Map.entry("preventionLevel", "draft:preventionLevel"),
            Map.entry("purpose", "draft:purpose"),
            Map.entry("purposeCategory", "draft:purposeCategory"),
            Map.entry("urgency", "draft:urgency"),
            Map.entry("childViews", "draft:childViews"),
            Map.entry("viewsHowObtained", "draft:viewsHowObtained"),
            Map.entry("viewsNotObtained", "draft:viewsNotObtained"),
            Map.entry("identitiesToProtect", "draft:identitiesToProtect"),
            Map.entry("art6", "draft:art6"),
            Map.entry("condition", "draft:condition"),
            Map.entry("justification", "draft:justification"),
            Map.entry("questions", "draft:questions"),
            Map.entry("subjects", "draft:subjects"),
            Map.entry("role", "draft:role"),
            Map.entry("givenName", "draft:givenName"),
            Map.entry("familyName", "draft:familyName"),
            Map.entry("dateOfBirth", "draft:dobDay"),
            Map.entry("nhsNumber", "draft:nhsNumber"),
            Map.entry("address", "draft:address"),
            Map.entry("localAuthorityRef", "draft:localAuthorityRef"),
            Map.entry("person", "draft:givenName"),
            Map.entry("linkReason", "draft:linkReason"),
            Map.entry("file", "draft:file"));

    @Inject
    transient RequestService requests;

    @Inject
    transient PersonRecords persons;

    @Inject
    transient AgencyDirectory agencies;

    @Inject
    RequestFilesPage files;

    private String id;
    private String taskSlug;
    private String from;
    private InformationRequest request;
    private DraftForm form;
    private PersonForm person = new PersonForm();
    private boolean matchFound;
    private LinkReason linkReason;
    private boolean saved;

    /** f:viewAction: loads the draft (audited) or answers 403/404. */
    public void load() {
        if (request != null) {
            return;
        }
        if (getTask() == null) {
            PageMessages.sendError(404);
            return;
        }
        request = PageMessages.attempt(() -> requests.view(id).getRequest(), Map.of());
        if (request != null && request.getStatus() != Status.DRAFT) {
            request = null;
            PageMessages.sendError(404);
        } else if (request != null) {
            form = DraftForm.of(request);
        }
    }

    public String save() {
        saved = false;
        var updated = PageMessages.attempt(
                () -> requests.saveDraft(
                        id, request.getVersion(), form.details(), form.getRecipients(), form.questionTexts()),
                FIELDS);
        if (updated != null) {
            request = updated;
            saved = true;
        }
        return null;
    }

    public String addQuestion() {
        form.addQuestion();
        return null;
    }

    /**
     * Saves what is typed, then asks whether a record exists for the person the user holds identifiers for (NHS
     * number and date of birth, or full name, date of birth and postcode). If one does, the answer is only that: link
     * it (with a reason) or add a different person. Without such identifiers the person is added as new.
     */
    public String addPerson() {
        save();
        if (!saved) {
            return null;
        }
        saved = false;
        if (!matchFound) {
            var details = PageMessages.attempt(() -> person.details(), FIELDS);
            if (details == null) {
                return null;
            }
            if (details.holdsIdentifier()) {
                Boolean exists = PageMessages.attempt(() -> requests.personExists(id, details), FIELDS);
                if (exists == null) {
                    return null;
                }
                if (exists) {
                    matchFound = true;
                    return null;
                }
            }
        }
        return added(false);
    }

    public String linkExisting() {
        return added(true);
    }

    public String addAsNew() {
        return added(false);
    }

    private String added(boolean link) {
        var updated = PageMessages.attempt(
                () -> link
                        ? requests.linkSubject(id, person.details(), person.getRole(), linkReason)
                        : requests.addSubject(id, person.details(), person.getRole()),
                FIELDS);
        if (updated != null) {
            request = updated;
            person = new PersonForm();
            matchFound = false;
            linkReason = null;
        }
        return null;
    }

    /** Saves what is typed first, so choosing a file never loses the answers. */
    public String upload() {
        save();
        if (saved) {
            saved = false;
            files.upload(id, "draft:file");
            request = PageMessages.attempt(() -> requests.view(id).getRequest(), Map.of());
        }
        return null;
    }

    public String removePerson(String personUuid) {
        var updated = PageMessages.attempt(() -> requests.removeSubject(id, personUuid), FIELDS);
        if (updated != null) {
            request = updated;
        }
        return null;
    }

    /**
     * "Save and continue": a person typed but not yet added is added first (or the existing record or refusals are
     * shown), a file chosen but not uploaded is uploaded first; then the answers are saved and the user goes back
     * to the task list (or the check page). Nothing typed or chosen is dropped.
     */
    public String saveAndContinue() {
        if (getTask() == DraftTask.PEOPLE && !person.isBlank()) {
            addPerson();
            if (!person.isBlank()) {
                return null;
            }
        } else if (getTask() == DraftTask.FILES && files.hasFile()) {
            upload();
            if (!files.isUploaded()) {
                return null;
            }
        }
        save();
        if (!saved) {
            return null;
        }
        return "/requests/" + ("check".equals(from) ? "check" : "edit") + ".xhtml?faces-redirect=true&id=" + id;
    }

    public List<Agency> getRecipientChoices() {
        return agencies.all().stream()
                .filter(a -> !a.getCode().equals(request.getRequesterAgency()))
                .toList();
    }

    public DraftTask getTask() {
        return DraftTask.of(taskSlug);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTaskSlug() {
        return taskSlug;
    }

    public void setTaskSlug(String taskSlug) {
        this.taskSlug = taskSlug;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public InformationRequest getRequest() {
        return request;
    }

    public DraftForm getForm() {
        return form;
    }

    public PersonForm getPerson() {
        return person;
    }

    public boolean isMatchFound() {
        return matchFound;
    }

    public LinkReason getLinkReason() {
        return linkReason;
    }

    public void setLinkReason(LinkReason v) {
        linkReason = v;
    }

    public LinkReason[] getLinkReasons() {
        return LinkReason.values();
    }

    public boolean isSaved() {
        return saved;
    }
}
