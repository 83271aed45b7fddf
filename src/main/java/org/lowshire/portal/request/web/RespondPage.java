package org.lowshire.portal.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.access.RequestAction;
import org.lowshire.portal.consent.ConsentCoverage;
import org.lowshire.portal.consent.DataCategory;
import org.lowshire.portal.consent.WithoutConsentGround;
import org.lowshire.portal.lawfulbasis.Article6Basis;
import org.lowshire.portal.lawfulbasis.LawfulBasis;
import org.lowshire.portal.lawfulbasis.ProcessingCondition;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.request.ConsentDecision;
import org.lowshire.portal.request.DecisionRecord;
import org.lowshire.portal.request.HandlingMarking;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestService;
import org.lowshire.portal.request.ResponseOutcome;
import org.lowshire.portal.request.disclosure.DisclosureConsents;
import org.lowshire.portal.request.disclosure.ResponseService;
import org.lowshire.portal.security.CurrentUser;

/** Responding for the viewer's agency: an answer per question, the outcome, and the sharing-decision record. */
@Named
@ViewScoped
public class RespondPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("outcome", "respond:outcome"),
            Map.entry("answers", "respond:answers"),
            Map.entry("reasons", "respond:reasons"),
            Map.entry("whatReleased", "respond:whatReleased"),
            Map.entry("necessity", "respond:necessity"),
            Map.entry("consentPosition", "respond:grounds"),
            Map.entry("withoutConsentGrounds", "respond:grounds"),
            Map.entry("withoutConsentReason", "respond:withoutConsentReason"),
            Map.entry("dataCategories", "respond:dataCategories"),
            Map.entry("personInformed", "respond:informed"),
            Map.entry("notInformedReason", "respond:notInformedReason"),
            Map.entry("redactions", "respond:redactions"),
            Map.entry("views", "respond:views"),
            Map.entry("advice", "respond:advice"),
            Map.entry("onwardConditions", "respond:onwardConditions"),
            Map.entry("decisionArt6", "respond:art6"),
            Map.entry("justification", "respond:justification"));

    @Inject
    transient RequestService requests;

    @Inject
    transient ResponseService responses;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient DisclosureConsents disclosureConsents;

    private String id;
    private InformationRequest request;
    private ResponseOutcome outcome;
    private final Map<Integer, String> answers = new HashMap<>();
    private String reasons;
    private String whatReleased;
    private List<DataCategory> dataCategories = new ArrayList<>();
    private List<WithoutConsentGround> grounds = new ArrayList<>();
    private Map<Person, ConsentCoverage> consentPicture = Map.of();
    private String necessity;
    private List<Article6Basis> art6 = new ArrayList<>(List.of(Article6Basis.PUBLIC_TASK));
    private ProcessingCondition condition;
    private String justification;
    private String withoutConsentReason;
    private DecisionRecord.Informed informed;
    private String notInformedReason;
    private String views;
    private String advice;
    private String redactions;
    private String onwardConditions;
    private HandlingMarking marking;
    private ResponseService.Preview preview;
    private DecisionRecord checked;

    public void load() {
        loaded();
    }

    /** Loaded once per view, or here when Mojarra dropped this view's bean mid-render (see ViewRequestPage). */
    private InformationRequest loaded() {
        if (request != null || !PageMessages.mayLoad()) {
            return request;
        }
        if (id == null) {
            id = PageMessages.requestParameter("id");
        }
        var view = PageMessages.load(() -> requests.view(id));
        request = view == null ? null : view.getRequest();
        if (view != null && !view.may(RequestAction.RESPOND)) {
            request = null;
            PageMessages.sendError(403);
        } else if (request != null) {
            marking = marking == null ? request.getMarking() : marking;
            consentPicture = disclosureConsents.coverage(request, java.util.Set.of());
        }
        return request;
    }

    /** "Continue": every check a response must pass; then the check page, or the refusals next to their fields. */
    public String review() {
        checked = decision();
        preview = PageMessages.attempt(() -> responses.preview(id, version(), outcome, checked, answers), FIELDS);
        return null;
    }

    /** "Change" on the check page: back to the answers, all kept. */
    public String change() {
        preview = null;
        return null;
    }

    /** "Record decision" on the check page. A refusal (say, a consent withdrawn meanwhile) goes back to the fields. */
    public String send() {
        var sent = PageMessages.attempt(() -> responses.respond(id, version(), outcome, decision(), answers), FIELDS);
        if (sent == null) {
            preview = null;
            return null;
        }
        PageMessages.info(sent.isReleased() ? "response.released.banner" : "response.awaitingApproval.banner");
        return "/requests/view.xhtml?faces-redirect=true&id=" + id;
    }

    private DecisionRecord decision() {
        return new DecisionRecord(
                reasons,
                whatReleased,
                dataCategories.isEmpty() ? null : EnumSet.copyOf(dataCategories),
                necessity,
                new LawfulBasis(
                        art6.isEmpty() ? EnumSet.noneOf(Article6Basis.class) : EnumSet.copyOf(art6),
                        condition,
                        justification),
                new ConsentDecision(null, grounds.isEmpty() ? null : EnumSet.copyOf(grounds), withoutConsentReason),
                informed,
                notInformedReason,
                views,
                advice,
                redactions,
                onwardConditions,
                marking);
    }

    public boolean isChecking() {
        return preview != null;
    }

    public ResponseService.Preview getPreview() {
        return preview;
    }

    public DecisionRecord getChecked() {
        return checked;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The version the responder saw; an action on a request that could not be loaded is refused. */
    private long version() {
        if (loaded() == null) {
            throw new org.lowshire.portal.shared.RecordNotFound();
        }
        return request.getVersion();
    }

    public InformationRequest getRequest() {
        return loaded();
    }

    public ResponseOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ResponseOutcome v) {
        outcome = v;
    }

    public Map<Integer, String> getAnswers() {
        return answers;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String v) {
        reasons = v;
    }

    public String getWhatReleased() {
        return whatReleased;
    }

    public void setWhatReleased(String v) {
        whatReleased = v;
    }

    public String getNecessity() {
        return necessity;
    }

    public void setNecessity(String v) {
        necessity = v;
    }

    public List<Article6Basis> getArt6() {
        return art6;
    }

    public void setArt6(List<Article6Basis> v) {
        art6 = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public ProcessingCondition getCondition() {
        return condition;
    }

    public void setCondition(ProcessingCondition v) {
        condition = v;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String v) {
        justification = v;
    }

    public List<DataCategory> getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(List<DataCategory> v) {
        dataCategories = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public List<WithoutConsentGround> getGrounds() {
        return grounds;
    }

    public void setGrounds(List<WithoutConsentGround> v) {
        grounds = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }
    /** Each person's recorded consent for this recipient and purpose; the kinds of information come with the send. */
    public List<Map.Entry<Person, ConsentCoverage>> getConsentPicture() {
        loaded();
        return List.copyOf(consentPicture.entrySet());
    }

    public String getWithoutConsentReason() {
        return withoutConsentReason;
    }

    public void setWithoutConsentReason(String v) {
        withoutConsentReason = v;
    }

    public DecisionRecord.Informed getInformed() {
        return informed;
    }

    public void setInformed(DecisionRecord.Informed v) {
        informed = v;
    }

    public String getNotInformedReason() {
        return notInformedReason;
    }

    public void setNotInformedReason(String v) {
        notInformedReason = v;
    }

    public String getViews() {
        return views;
    }

    public void setViews(String v) {
        views = v;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String v) {
        advice = v;
    }

    public String getRedactions() {
        return redactions;
    }

    public void setRedactions(String v) {
        redactions = v;
    }

    public String getOnwardConditions() {
        return onwardConditions;
    }

    public void setOnwardConditions(String v) {
        onwardConditions = v;
    }

    public HandlingMarking getMarking() {
        return marking;
    }

    public void setMarking(HandlingMarking v) {
        marking = v;
    }
}
