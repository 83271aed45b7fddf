package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lowshire.portal.request.RequestFixtures.ALEX;
import static org.lowshire.portal.request.RequestFixtures.DANA;
import static org.lowshire.portal.request.RequestFixtures.NOW;
import static org.lowshire.portal.request.RequestFixtures.SAM;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lowshire.portal.agency.Sector;
import org.lowshire.portal.shared.BusinessException;
import org.lowshire.portal.shared.InvalidInput;

class InformationRequestTest {

    @Test
    void anEmptyDraftNamesEveryMissingPartWhenSubmitted() {
        var r = InformationRequest.draft(ALEX, "ISR-2026-000009", NOW);
        var e = assertThrows(InvalidInput.class, () -> r.submit(ALEX, Sector.CHILDRENS_SOCIAL_CARE, u -> NOW, NOW));
        var fields = e.fieldErrors().keySet();
        for (String f : List.of(
                "recipients", "subjects", "questions", "concernType", "purpose", "urgency", "childViews", "art6")) {
            assertTrue(fields.contains(f), "missing " + f + " in " + fields);
        }
        assertEquals(Status.DRAFT, r.getStatus());
    }

    @Test
    void submittingSendsEveryRecipientItsDueDate() {
        var r = RequestFixtures.submitted();
        assertEquals(Status.SUBMITTED, r.getStatus());
        assertEquals(Status.SUBMITTED, r.ask("POLICE").orElseThrow().getStatus());
        assertEquals(NOW.plusSeconds(86_400), r.ask("POLICE").orElseThrow().getDueAt());
        assertEquals(Status.SUBMITTED, r.displayStatus());
    }

    @Test
    void aSubmittedRequestCannotBeEditedOrSubmittedAgain() {
        var r = RequestFixtures.submitted();
        assertThrows(RequestRefused.class, () -> r.updateDetails(RequestFixtures.completeDetails(), NOW));
        assertThrows(RequestRefused.class, () -> r.submit(ALEX, Sector.CHILDRENS_SOCIAL_CARE, u -> NOW, NOW));
    }

    @Test
    void hsbNeedsAPositionOnTheContinuum() {
        var r = RequestFixtures.readyDraft();
        var d = RequestFixtures.completeDetails();
        r.updateDetails(
                new RequestDetails(
                        ConcernType.HSB,
                        null,
                        d.preventionLevel(),
                        d.purpose(),
                        d.purposeCategory(),
                        d.urgency(),
                        d.childViews(),
                        d.viewsHowObtained(),
                        null,
                        d.vulnerabilities(),
                        null,
                        d.marking(),
                        d.lawfulBasis()),
                NOW);
        var e = assertThrows(InvalidInput.class, () -> r.submit(ALEX, Sector.CHILDRENS_SOCIAL_CARE, u -> NOW, NOW));
        assertEquals(Map.of("hsbPosition", "request.error.hsbMissing"), e.fieldErrors());
    }

    @Test
    void anAgencyCannotAskItself() {
        var r = InformationRequest.draft(ALEX, "ISR-2026-000002", NOW);
        assertThrows(InvalidInput.class, () -> r.setRecipients(List.of("CSC"), NOW));
    }

    @Test
    void fullJourneyAcknowledgeClarifyRespondClose() {
        var r = RequestFixtures.submitted();
        assertThrows(
                RequestRefused.class,
                () -> r.part("POLICE")
                        .respond(
                                ResponseOutcome.DECLINE,
                                RequestFixtures.shareDecision(),
                                Map.of(),
                                SAM,
                                Sector.POLICE,
                                false,
                                NOW));
        r.part("POLICE").acknowledge(SAM, NOW);
        r.part("POLICE").askClarification(SAM, "Which address do you mean?", NOW);
        assertEquals(Status.CLARIFICATION_REQUESTED, r.displayStatus());
        assertThrows(
                RequestRefused.class,
                () -> r.part("POLICE")
                        .respond(
                                ResponseOutcome.DECLINE,
                                RequestFixtures.shareDecision(),
                                Map.of(),
                                SAM,
                                Sector.POLICE,
                                false,
                                NOW));
        r.part("POLICE").answerClarification(ALEX, "The current one", NOW);
        assertEquals(Status.ACKNOWLEDGED, r.displayStatus());
        assertEquals(2, r.getMessages().size());
        var response = r.part("POLICE")
                .respond(
                        ResponseOutcome.SHARE_IN_PART,
                        RequestFixtures.shareDecision(),
                        Map.of(),
                        SAM,
                        Sector.POLICE,
                        false,
                        NOW);
        assertTrue(response.isReleased());
        assertNotNull(response.getSnapshot());
        assertTrue(response.getSnapshot().contains("SHARE_IN_PART"));
        assertEquals(Status.RESPONDED, r.displayStatus());
        r.close(ALEX, "Strategy discussion held", NOW);
        assertEquals(Status.CLOSED, r.getStatus());
        assertEquals(Status.CLOSED, r.ask("POLICE").orElseThrow().getStatus());
        assertThrows(RequestRefused.class, () -> r.part("POLICE").acknowledge(SAM, NOW));
    }

    @Test
    void answeringAClarificationNobodyAskedIsRefused() {
        var r = RequestFixtures.submitted();
        r.part("POLICE").acknowledge(SAM, NOW);
        var e = assertThrows(RequestRefused.class, () -> r.part("POLICE").answerClarification(ALEX, "hello", NOW));
        assertEquals("request.error.noClarificationAsked", e.messageKey());
    }

    @Test
    void aNonRecipientCannotTouchTheRequest() {
        var r = RequestFixtures.submitted();
        var e = assertThrows(RequestRefused.class, () -> r.part("EDU").acknowledge(SAM, NOW));
        assertEquals("request.error.notARecipient", e.messageKey());
    }

    @Test
    void sharingNeedsTheWholeDecisionRecordButDecliningNeedsReasons() {
        var r = RequestFixtures.submitted();
        r.part("POLICE").acknowledge(SAM, NOW);
        var empty = new DecisionRecord(null, null, null, null, null, null, null, null, null, null, null, null, null);
        empty.settleConsent(false);
        var e = assertThrows(
                InvalidInput.class,
                () -> r.part("POLICE")
                        .respond(ResponseOutcome.SHARE_IN_FULL, empty, Map.of(), SAM, Sector.POLICE, false, NOW));
        assertTrue(
                e.fieldErrors()
                        .keySet()
                        .containsAll(List.of(
                                "reasons",
                                "whatReleased",
                                "necessity",
                                "withoutConsentGrounds",
                                "dataCategories",
                                "personInformed",
                                "decisionArt6")),
                e.fieldErrors().toString());
        var decline = new DecisionRecord(null, null, null, null, null, null, null, null, null, null, null, null, null);
        var d = assertThrows(
                InvalidInput.class,
                () -> r.part("POLICE")
                        .respond(ResponseOutcome.DECLINE, decline, Map.of(), SAM, Sector.POLICE, false, NOW));
        assertEquals(Map.of("reasons", "decision.error.reasonsMissing"), d.fieldErrors());
        var withReasons = new DecisionRecord(
                "No lawful basis for this purpose",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertFalse(r.part("POLICE")
                .respond(ResponseOutcome.DECLINE, withReasons, Map.of(), SAM, Sector.POLICE, false, NOW)
                .getOutcome()
                .releases());
    }

    @Test
    void shareInFullNeedsAnAnswerToEveryQuestion() {
        var r = RequestFixtures.submitted();
        r.part("POLICE").acknowledge(SAM, NOW);
        var e = assertThrows(
                InvalidInput.class,
                () -> r.part("POLICE")
                        .respond(
                                ResponseOutcome.SHARE_IN_FULL,
                                RequestFixtures.shareDecision(),
                                Map.of(),
                                SAM,
                                Sector.POLICE,
                                false,
                                NOW));
        assertEquals("response.error.answersMissing", e.messageKey());
    }

    @Test
    void approvalNeedsASecondPersonAndReleasesOnlyThen() {
        var r = RequestFixtures.submitted();
        r.part("POLICE").acknowledge(SAM, NOW);
        var pending = r.part("POLICE")
                .respond(
                        ResponseOutcome.SHARE_IN_PART,
                        RequestFixtures.shareDecision(),
                        Map.of(),
                        SAM,
                        Sector.POLICE,
                        true,
                        NOW);
        assertFalse(pending.isReleased());
        assertEquals(Status.ACKNOWLEDGED, r.displayStatus());
        var self = assertThrows(RequestRefused.class, () -> r.part("POLICE").approve(pending.getUuid(), SAM, NOW));
        assertEquals("response.error.approverIsDecider", self.messageKey());
        r.part("POLICE").approve(pending.getUuid(), DANA, NOW);
        assertTrue(pending.isReleased());
        assertEquals("Dana Hughes", pending.getApprovedByName());
        assertEquals(Status.RESPONDED, r.displayStatus());
    }

    @Test
    void aCorrectionIsANewResponseThatSupersedesTheReleasedOne() {
        var r = RequestFixtures.submitted();
        r.part("POLICE").acknowledge(SAM, NOW);
        var first = r.part("POLICE")
                .respond(
                        ResponseOutcome.SHARE_IN_PART,
                        RequestFixtures.shareDecision(),
                        Map.of(),
                        SAM,
                        Sector.POLICE,
                        false,
                        NOW);
        String frozen = first.getSnapshot();
        var second = r.part("POLICE")
                .respond(
                        ResponseOutcome.SHARE_IN_PART,
                        RequestFixtures.shareDecision(),
                        Map.of(),
                        SAM,
                        Sector.POLICE,
                        false,
                        NOW.plusSeconds(60));
        assertEquals(first, second.getSupersedes());
        assertEquals(frozen, first.getSnapshot());
        assertEquals(second, r.ask("POLICE").orElseThrow().currentResponse().orElseThrow());
    }

    @Test
    void withdrawNeedsAReasonAndIsRefusedAfterAResponse() {
        var r = RequestFixtures.submitted();
        var e = assertThrows(InvalidInput.class, () -> r.withdraw(ALEX, " ", NOW));
        assertEquals("request.error.withdrawReasonMissing", e.messageKey());
        r.part("POLICE").acknowledge(SAM, NOW);
        r.part("POLICE")
                .respond(
                        ResponseOutcome.NO_INFORMATION_HELD,
                        new DecisionRecord(
                                "Nothing held", null, null, null, null, null, null, null, null, null, null, null, null),
                        Map.of(),
                        SAM,
                        Sector.POLICE,
                        false,
                        NOW);
        BusinessException after = assertThrows(RequestRefused.class, () -> r.withdraw(ALEX, "No longer needed", NOW));
        assertEquals("request.error.withdrawAfterResponse", after.messageKey());
    }

    @Test
    void withdrawBeforeResponseEndsEveryPart() {
        var r = RequestFixtures.submitted();
        r.withdraw(ALEX, "Family moved out of area", NOW);
        assertEquals(Status.WITHDRAWN, r.getStatus());
        assertEquals(Status.WITHDRAWN, r.ask("POLICE").orElseThrow().getStatus());
        assertThrows(RequestRefused.class, () -> r.close(ALEX, null, NOW));
    }

    @Test
    void closingWithoutAnyResponseIsRefused() {
        var r = RequestFixtures.submitted();
        var e = assertThrows(RequestRefused.class, () -> r.close(ALEX, null, NOW));
        assertEquals("request.error.closeWithoutResponse", e.messageKey());
    }

    @Test
    void overduePartsAreEscalatedOnceAndNotAfterAResponse() {
        var r = RequestFixtures.submitted();
        assertEquals(List.of(), r.escalateOverdue(NOW));
        assertEquals(List.of("POLICE"), r.escalateOverdue(NOW.plusSeconds(90_000)));
        assertEquals(List.of(), r.escalateOverdue(NOW.plusSeconds(95_000)));
        assertTrue(r.ask("POLICE").orElseThrow().isEscalated());
    }
}
