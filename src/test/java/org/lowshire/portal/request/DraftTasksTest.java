package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lowshire.portal.request.RequestFixtures.ALEX;
import static org.lowshire.portal.request.RequestFixtures.NOW;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.lowshire.portal.agency.Sector;
import org.lowshire.portal.request.web.DraftTask;
import org.lowshire.portal.request.web.DraftTask.State;

/** The task list's statuses come from what is still missing before sending; every missing field has its task. */
class DraftTasksTest {

    private static final Sector CSC = Sector.CHILDRENS_SOCIAL_CARE;

    @Test
    void anEmptyDraftHasEveryRequiredTaskIncompleteAndDocumentsOptional() {
        var missing = InformationRequest.draft(ALEX, "ISR-2026-000010", NOW).missingBeforeSending(CSC);
        for (DraftTask t : DraftTask.values()) {
            assertEquals(t == DraftTask.FILES ? State.OPTIONAL : State.INCOMPLETE, t.state(missing), t.name());
        }
    }

    @Test
    void aReadyDraftHasNothingMissingAndEveryTaskCompleted() {
        var missing = RequestFixtures.readyDraft().missingBeforeSending(CSC);
        assertTrue(missing.isEmpty(), missing.toString());
        assertTrue(Arrays.stream(DraftTask.values()).allMatch(t -> t.state(missing) != State.INCOMPLETE));
    }

    @Test
    void onlyTheTaskThatAnswersAMissingFieldIsIncomplete() {
        var r = RequestFixtures.readyDraft();
        var d = r.details();
        r.updateDetails(
                new RequestDetails(
                        d.concernType(),
                        d.hsbPosition(),
                        d.preventionLevel(),
                        d.purpose(),
                        d.purposeCategory(),
                        d.urgency(),
                        null,
                        null,
                        null,
                        d.vulnerabilities(),
                        d.identitiesToProtect(),
                        d.marking(),
                        d.lawfulBasis()),
                NOW);
        var missing = r.missingBeforeSending(CSC);
        assertEquals(State.INCOMPLETE, DraftTask.CHILD.state(missing), missing.toString());
        assertEquals(State.COMPLETED, DraftTask.CONCERN.state(missing));
        assertEquals(State.COMPLETED, DraftTask.PEOPLE.state(missing));
    }

    @Test
    void everyFieldTheSubmissionCanNameLinksToATaskThatShowsIt() {
        var missing = InformationRequest.draft(ALEX, "ISR-2026-000011", NOW).missingBeforeSending(CSC);
        for (String field : missing.keySet()) {
            assertTrue(Arrays.stream(DraftTask.values()).anyMatch(t -> t.answers(field)), "no task answers " + field);
            assertEquals(State.INCOMPLETE, DraftTask.answering(field).state(missing), field);
        }
        assertEquals(DraftTask.BASIS, DraftTask.answering("justification"));
        assertEquals(DraftTask.ASK, DraftTask.answering("questions"));
        assertEquals(DraftTask.PEOPLE, DraftTask.of("people"));
        assertEquals(null, DraftTask.of("nonsense"));
    }
}
