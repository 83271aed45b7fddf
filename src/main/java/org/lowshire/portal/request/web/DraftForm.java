package org.lowshire.portal.request.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.lowshire.portal.consent.SharingPurpose;
import org.lowshire.portal.lawfulbasis.Article6Basis;
import org.lowshire.portal.lawfulbasis.LawfulBasis;
import org.lowshire.portal.lawfulbasis.ProcessingCondition;
import org.lowshire.portal.request.ConcernType;
import org.lowshire.portal.request.HandlingMarking;
import org.lowshire.portal.request.HsbPosition;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.PreventionLevel;
import org.lowshire.portal.request.Question;
import org.lowshire.portal.request.RequestDetails;
import org.lowshire.portal.request.Vulnerability;
import org.lowshire.portal.request.deadline.Urgency;

/** What the draft page holds as typed, so nothing is lost when a save or a submission is refused. */
public class DraftForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MIN_QUESTIONS = 3;

    private List<String> recipients = new ArrayList<>();
    private ConcernType concernType;
    private HsbPosition hsbPosition;
    private PreventionLevel preventionLevel;
    private String purpose;
    private SharingPurpose purposeCategory;
    private Urgency urgency;
    private String childViews;
    private String viewsHowObtained;
    private String viewsNotObtained;
    private List<Vulnerability> vulnerabilities = new ArrayList<>();
    private String identitiesToProtect;
    private HandlingMarking marking = HandlingMarking.OFFICIAL;
    private List<Article6Basis> art6 = new ArrayList<>();
    private ProcessingCondition condition;
    private String justification;
    private final List<QuestionSlot> questions = new ArrayList<>();

    /** One question box; a class (not a String) so each box binds its own value. */
    public static class QuestionSlot implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;

        QuestionSlot(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    static DraftForm of(InformationRequest r) {
        var f = new DraftForm();
        var d = r.details();
        f.recipients =
                new ArrayList<>(r.facts().askedAgencies().stream().sorted().toList());
        f.concernType = d.concernType();
        f.hsbPosition = d.hsbPosition();
        f.preventionLevel = d.preventionLevel();
        f.purpose = d.purpose();
        f.purposeCategory = d.purposeCategory();
        f.urgency = d.urgency();
        f.childViews = d.childViews();
        f.viewsHowObtained = d.viewsHowObtained();
        f.viewsNotObtained = d.viewsNotObtained();
        f.vulnerabilities = new ArrayList<>(d.vulnerabilities());
        f.identitiesToProtect = d.identitiesToProtect();
        f.marking = d.marking();
        f.art6 = new ArrayList<>(d.lawfulBasis().getBases());
        f.condition = d.lawfulBasis().getCondition();
        f.justification = d.lawfulBasis().getJustification();
        r.getQuestions().stream().map(Question::getText).forEach(t -> f.questions.add(new QuestionSlot(t)));
        while (f.questions.size() < MIN_QUESTIONS) {
            f.questions.add(new QuestionSlot(null));
        }
        return f;
    }

    RequestDetails details() {
        return new RequestDetails(
                concernType,
                hsbPosition,
                preventionLevel,
                purpose,
                purposeCategory,
                urgency,
                childViews,
                viewsHowObtained,
                viewsNotObtained,
                vulnerabilities.isEmpty() ? EnumSet.noneOf(Vulnerability.class) : EnumSet.copyOf(vulnerabilities),
                identitiesToProtect,
                marking,
                new LawfulBasis(
                        art6.isEmpty() ? EnumSet.noneOf(Article6Basis.class) : EnumSet.copyOf(art6),
                        condition,
                        justification));
    }

    List<String> questionTexts() {
        return questions.stream().map(QuestionSlot::getText).toList();
    }

    void addQuestion() {
        questions.add(new QuestionSlot(null));
    }

    public boolean isConsentChosen() {
        return art6.contains(Article6Basis.CONSENT);
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> v) {
        recipients = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public ConcernType getConcernType() {
        return concernType;
    }

    public void setConcernType(ConcernType v) {
        concernType = v;
    }

    public HsbPosition getHsbPosition() {
        return hsbPosition;
    }

    public void setHsbPosition(HsbPosition v) {
        hsbPosition = v;
    }

    public PreventionLevel getPreventionLevel() {
        return preventionLevel;
    }

    public void setPreventionLevel(PreventionLevel v) {
        preventionLevel = v;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String v) {
        purpose = v;
    }

    public SharingPurpose getPurposeCategory() {
        return purposeCategory;
    }

    public void setPurposeCategory(SharingPurpose v) {
        purposeCategory = v;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency v) {
        urgency = v;
    }

    public String getChildViews() {
        return childViews;
    }

    public void setChildViews(String v) {
        childViews = v;
    }

    public String getViewsHowObtained() {
        return viewsHowObtained;
    }

    public void setViewsHowObtained(String v) {
        viewsHowObtained = v;
    }

    public String getViewsNotObtained() {
        return viewsNotObtained;
    }

    public void setViewsNotObtained(String v) {
        viewsNotObtained = v;
    }

    public List<Vulnerability> getVulnerabilities() {
        return vulnerabilities;
    }

    public void setVulnerabilities(List<Vulnerability> v) {
        vulnerabilities = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public String getIdentitiesToProtect() {
        return identitiesToProtect;
    }

    public void setIdentitiesToProtect(String v) {
        identitiesToProtect = v;
    }

    public HandlingMarking getMarking() {
        return marking;
    }

    public void setMarking(HandlingMarking v) {
        marking = v;
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

    public List<QuestionSlot> getQuestions() {
        return questions;
    }
}
