package org.lowshire.portal.request.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.access.RequestAction;
import org.lowshire.portal.agency.Agency;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditTrail;
import org.lowshire.portal.consent.ConsentCoverage;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.request.AgencyResponse;
import org.lowshire.portal.request.Ask;
import org.lowshire.portal.request.DecisionRecord;
import org.lowshire.portal.request.HandlingMarking;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestAttachments;
import org.lowshire.portal.request.RequestRecords;
import org.lowshire.portal.request.RequestRefused;
import org.lowshire.portal.request.ResponseOutcome;

/**
 * The responding agency's side: acknowledge, ask for clarification, respond with the sharing-decision record, and
 * the lead's approval. The agency acted for is always the signed-in user's own. Each release is checked against the
 * people's recorded consents: covered, it relies on them; not covered, the grounds for sharing without consent are
 * required, and the agency's policy may make its lead approve first. A released response is a DISCLOSE event naming
 * the recipient agency, in the same transaction as the release.
 */
@ApplicationScoped
@Transactional
public class ResponseService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    AgencyDirectory agencies;

    @Inject
    AuditTrail audit;

    @Inject
    DisclosureConsents consents;

    @Inject
    Transparency transparency;

    @Inject
    RequestAttachments attachments;

    @Inject
    Clock clock;

    public InformationRequest acknowledge(String uuid, long version) {
        var r = records.load(uuid, RequestAction.ACKNOWLEDGE, true);
        records.checkVersion(r, version);
        String agency = records.user().agencyCode();
        r.part(agency).acknowledge(records.user(), clock.instant());
        records.record(AuditAction.STATE_CHANGE, r, Map.of("to", "ACKNOWLEDGED", "agency", agency));
        return records.initialised(r);
    }

    public InformationRequest askClarification(String uuid, long version, String text) {
        var r = records.load(uuid, RequestAction.ASK_CLARIFICATION, true);
        records.checkVersion(r, version);
        String agency = records.user().agencyCode();
        r.part(agency).askClarification(records.user(), text, clock.instant());
        records.record(AuditAction.STATE_CHANGE, r, Map.of("to", "CLARIFICATION_REQUESTED", "agency", agency));
        return records.initialised(r);
    }

    /** Records the decision; releases it now unless the agency's lead must approve it first. */
    public AgencyResponse respond(
            String uuid, long version, ResponseOutcome outcome, DecisionRecord decision, Map<Integer, String> answers) {
        var r = records.load(uuid, RequestAction.RESPOND, true);
        records.checkVersion(r, version);
        var p = prepare(r, outcome, decision);
        boolean releases = p.coverage() != null;
        var response = r.part(p.agency().getCode())
                .respond(
                        outcome,
                        decision,
                        answers,
                        records.user(),
                        p.agency().getSector(),
                        p.approvalRequired(),
                        clock.instant());
        em.flush();
        List<String> files = List.of();
        if (releases) {
            consents.link(response, p.coverage());
            files = attachments.assignTo(response);
        }
        var details = new HashMap<String, Object>();
        details.put("response", response.getUuid());
        details.put("outcome", outcome.name());
        details.put("agency", p.agency().getCode());
        details.put("approvalRequired", p.approvalRequired());
        details.put("files", files);
        records.record(AuditAction.CREATE, r, details);
        if (response.isReleased() && releases) {
            disclosed(r, response, files);
        }
        return response;
    }

    /** What recording a response would do, for the responder's check page: needs approval, without consent. */
    /**
     * What recording would do: whether the lead must approve, whether it shares without consent, whether its marking is
     * lower than the request's (a downgrade the lead approves), and the agency's files that would be released with it.
     */
    public record Preview(boolean approvalRequired, boolean withoutConsent, boolean downgrade, List<String> files)
            implements java.io.Serializable {}

    /**
     * Every check {@link #respond} makes, without recording the response: refusals are the same field errors. The
     * decision passed in is settled (its consent position set) so the check page can show it. The answer says
     * whether the people consented, so it is a VIEW of the request naming them.
     */
    public Preview preview(
            String uuid, long version, ResponseOutcome outcome, DecisionRecord decision, Map<Integer, String> answers) {
        var r = records.load(uuid, RequestAction.RESPOND, false);
        records.checkVersion(r, version);
        var p = prepare(r, outcome, decision);
        r.part(p.agency().getCode())
                .checkResponse(outcome, decision, answers, p.agency().getSector());
        var preview = new Preview(
                p.approvalRequired(),
                p.coverage() != null && decision.getConsent().isWithoutConsent(),
                p.downgrade(),
                p.coverage() == null
                        ? List.of()
                        : attachments.awaitingRelease(r, p.agency().getCode()));
        records.record(
                AuditAction.VIEW, r, Map.of("part", "response-check", "withoutConsent", preview.withoutConsent()));
        return preview;
    }

    private record Prepared(
            Agency agency, Map<Person, ConsentCoverage> coverage, boolean approvalRequired, boolean downgrade) {}

    /** The consent position of a release and whether the agency's policy wants its lead to approve it. */
    private Prepared prepare(InformationRequest r, ResponseOutcome outcome, DecisionRecord decision) {
        Agency agency = agencies.byCode(records.user().agencyCode()).orElseThrow();
        if (outcome == null || !outcome.releases()) {
            return new Prepared(agency, null, false, false);
        }
        var coverage = consents.coverage(r, decision.getDataCategories());
        decision.settleConsent(DisclosureConsents.allCovered(coverage));
        boolean sensitive = decision.getMarking() == HandlingMarking.OFFICIAL_SENSITIVE;
        boolean downgrade = decision.getMarking() != null
                && r.getMarking() != null
                && decision.getMarking().compareTo(r.getMarking()) < 0;
        boolean ownEvidence = DisclosureConsents.allCovered(coverage)
                && DisclosureConsents.reliesOnOwnEvidenceSince(coverage, agency.getCode(), r.getSubmittedAt());
        boolean approval = downgrade
                || ownEvidence
                || (sensitive && agency.isSensitiveNeedsApproval())
                || (decision.getConsent().isWithoutConsent()
                        && agency.getOverrideApproval().requiredFor(sensitive));
        return new Prepared(agency, coverage, approval, downgrade);
    }

    /** The lead releases a pending response: never their own, and not if a consent it relied on has lapsed since. */
    public AgencyResponse approve(String uuid, long version, String responseUuid) {
        var r = records.load(uuid, RequestAction.APPROVE, true);
        records.requireVisibleResponse(r, responseUuid);
        records.checkVersion(r, version);
        var pending = r.ask(records.user().agencyCode())
                .flatMap(Ask::pendingResponse)
                .filter(p -> p.getUuid().equals(responseUuid))
                .orElseThrow(() -> new RequestRefused("response.error.notAwaitingApproval"));
        if (!consents.stillCovered(r, pending)) {
            throw new RequestRefused("response.error.consentNoLongerCovers");
        }
        var response = r.part(records.user().agencyCode()).approve(responseUuid, records.user(), clock.instant());
        records.record(AuditAction.STATE_CHANGE, r, Map.of("to", "APPROVED", "response", responseUuid));
        disclosed(r, response, attachments.filesOf(response));
        return response;
    }

    /** The lead sends a pending response back to be decided again; nothing is released. */
    public AgencyResponse returnForChanges(String uuid, long version, String responseUuid) {
        var r = records.load(uuid, RequestAction.RETURN, true);
        records.requireVisibleResponse(r, responseUuid);
        records.checkVersion(r, version);
        var response =
                r.part(records.user().agencyCode()).returnForChanges(responseUuid, records.user(), clock.instant());
        records.record(AuditAction.STATE_CHANGE, r, Map.of("to", "RETURNED", "response", responseUuid));
        return response;
    }

    private void disclosed(InformationRequest r, AgencyResponse response, List<String> files) {
        var d = response.getDecision();
        var details = new HashMap<String, Object>();
        details.put("files", files);
        details.put("response", response.getUuid());
        details.put("outcome", response.getOutcome().name());
        details.put(
                "consent",
                d.getConsentPosition() == null
                        ? "NOT_RECORDED"
                        : d.getConsentPosition().name());
        if (d.getConsent().isWithoutConsent()) {
            details.put(
                    "grounds",
                    d.getConsent().getGrounds().stream().map(Enum::name).toList());
        }
        details.put("data", d.getDataCategories().stream().map(Enum::name).toList());
        details.put("marking", d.getMarking().name());
        details.put(
                "art6",
                String.join(
                        ",",
                        d.getLawfulBasis().getBases().stream().map(Enum::name).toList()));
        if (d.getLawfulBasis().getCondition() != null) {
            details.put("condition", d.getLawfulBasis().getCondition().name());
        }
        audit.record(records.entry(AuditAction.DISCLOSE, r)
                .recipient(r.getRequesterAgency())
                .purpose("safeguarding:"
                        + (r.getPurposeCategory() == null
                                ? "UNSPECIFIED"
                                : r.getPurposeCategory().name()))
                .details(details));
        transparency.released(r, response, response.getAsk().getAgencyCode());
    }
}
