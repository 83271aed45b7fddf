package org.lowshire.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lowshire.portal.security.Role;
import org.lowshire.portal.security.UserIdentity;

/**
 * The need-to-know policy as a table: role × relationship × action → allowed. Each row names a user by role and
 * agency, how they stand to a request (sent CSC → POLICE and HEALTH, or a draft, or a withdrawn draft), and the
 * answer for every action. A row is also a regression test: the withdrawn draft, the moved author and the other
 * agency asked are the cases that leaked before.
 */
class RequestPolicyTest {

    private static final String AUTHOR = "sub-author";
    private static final RequestFacts SENT = new RequestFacts(AUTHOR, "CSC", true, Set.of("POLICE", "HEALTH"));
    private static final RequestFacts DRAFT = new RequestFacts(AUTHOR, "CSC", false, Set.of("POLICE"));

    private static UserIdentity user(String subject, String agency, Role... roles) {
        return new UserIdentity(
                subject, subject, subject, agency, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    private static UserIdentity who(String name) {
        return switch (name) {
            case "author" -> user(AUTHOR, "CSC", Role.PRACTITIONER);
            case "authorMovedToEdu" -> user(AUTHOR, "EDU", Role.PRACTITIONER);
            case "cscColleague" -> user("sub-colleague", "CSC", Role.PRACTITIONER);
            case "cscLead" -> user("sub-csc-lead", "CSC", Role.AGENCY_LEAD);
            case "policePractitioner" -> user("sub-police", "POLICE", Role.PRACTITIONER);
            case "policeLead" -> user("sub-police-lead", "POLICE", Role.AGENCY_LEAD);
            case "healthPractitioner" -> user("sub-health", "HEALTH", Role.PRACTITIONER);
            case "eduPractitioner" -> user("sub-edu", "EDU", Role.PRACTITIONER);
            case "igOfficer" -> user("sub-ig", "CSC", Role.IG_OFFICER);
            case "boardAnalyst" -> user("sub-board", "VCS", Role.BOARD_ANALYST);
            case "admin" -> user("sub-admin", "CSC", Role.ADMIN);
            case "mappaCoordinator" -> user("sub-mappa", "MAPPA", Role.MAPPA_COORDINATOR);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** user, request, relationship, then the actions allowed (everything else refused). */
    @ParameterizedTest(name = "{0} to a {1} request is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            author             | sent      | AUTHOR          | VIEW COPY HISTORY UPLOAD DOWNLOAD EDIT_DRAFT SUBMIT ANSWER_CLARIFICATION WITHDRAW CLOSE
            author             | draft     | AUTHOR          | VIEW COPY HISTORY UPLOAD DOWNLOAD EDIT_DRAFT SUBMIT ANSWER_CLARIFICATION WITHDRAW CLOSE
            author             | withdrawn | AUTHOR          | VIEW COPY HISTORY UPLOAD DOWNLOAD EDIT_DRAFT SUBMIT ANSWER_CLARIFICATION WITHDRAW CLOSE
            authorMovedToEdu   | sent      | NONE            |
            cscColleague       | sent      | NONE            |
            cscLead            | sent      | REQUESTERS_LEAD | VIEW COPY HISTORY DOWNLOAD
            cscLead            | draft     | NONE            |
            cscLead            | withdrawn | NONE            |
            policePractitioner | sent      | ASKED           | VIEW COPY HISTORY UPLOAD DOWNLOAD ACKNOWLEDGE ASK_CLARIFICATION RESPOND
            policePractitioner | draft     | NONE            |
            policePractitioner | withdrawn | NONE            |
            policeLead         | sent      | ASKED_LEAD      | VIEW COPY HISTORY UPLOAD DOWNLOAD ACKNOWLEDGE ASK_CLARIFICATION RESPOND APPROVE RETURN
            policeLead         | withdrawn | NONE            |
            healthPractitioner | sent      | ASKED           | VIEW COPY HISTORY UPLOAD DOWNLOAD ACKNOWLEDGE ASK_CLARIFICATION RESPOND
            eduPractitioner    | sent      | NONE            |
            igOfficer          | sent      | NONE            |
            boardAnalyst       | sent      | NONE            |
            admin              | sent      | NONE            |
            mappaCoordinator   | sent      | NONE            |
            """)
    void theTable(String user, String request, Relationship expected, String allowed) {
        RequestFacts facts = switch (request) {
            case "sent" -> SENT;
            // withdrawn before sending: the same facts as a draft, because it was never sent
            case "draft", "withdrawn" -> DRAFT;
            default -> throw new IllegalArgumentException(request);
        };
        Relationship actual = RequestPolicy.relationship(who(user), facts);
        assertEquals(expected, actual, user + " to " + request);
        Set<String> yes = allowed == null ? Set.of() : Set.of(allowed.trim().split("\\s+"));
        for (RequestAction action : RequestAction.values()) {
            assertEquals(
                    yes.contains(action.name()),
                    RequestPolicy.may(who(user), action, facts),
                    user + " " + action + " on a " + request + " request");
        }
    }

    /** viewer relationship, viewer agency, part agency, released → sees the response */
    @ParameterizedTest(name = "{0} of {1} sees {2}''s response (released {3}): {4}")
    @CsvSource({
        "AUTHOR, CSC, POLICE, true, true", "AUTHOR, CSC, POLICE, false, false",
        "REQUESTERS_LEAD, CSC, POLICE, true, true", "REQUESTERS_LEAD, CSC, POLICE, false, false",
        "ASKED, POLICE, POLICE, false, true", "ASKED, POLICE, POLICE, true, true",
        "ASKED, HEALTH, POLICE, true, false", "ASKED_LEAD, HEALTH, POLICE, true, false",
        "ASKED_LEAD, POLICE, POLICE, false, true", "NONE, EDU, POLICE, true, false"
    })
    void responses(Relationship r, String viewer, String part, boolean released, boolean sees) {
        assertEquals(sees, RequestPolicy.maySeeResponse(r, viewer, part, released));
        assertEquals(
                r.requesterSide() || (r.askedSide() && viewer.equals(part)),
                RequestPolicy.maySeePart(r, viewer, part),
                "the part itself");
    }

    /** viewer relationship, viewer agency, uploaded by, released with its response → sees the file */
    @ParameterizedTest(name = "{0} of {1}, file by {2} (released {3}): {4}")
    @CsvSource({
        "AUTHOR, CSC, CSC, false, true",
        "AUTHOR, CSC, POLICE, false, false",
        "AUTHOR, CSC, POLICE, true, true",
        "REQUESTERS_LEAD, CSC, POLICE, false, false",
        "REQUESTERS_LEAD, CSC, POLICE, true, true",
        "ASKED, POLICE, POLICE, false, true",
        "ASKED, POLICE, CSC, false, true",
        "ASKED, HEALTH, POLICE, true, false",
        "ASKED, HEALTH, POLICE, false, false",
        "NONE, EDU, CSC, false, false"
    })
    void files(Relationship r, String viewer, String uploadedBy, boolean released, boolean sees) {
        assertEquals(sees, RequestPolicy.maySeeFile(r, viewer, SENT, uploadedBy, released));
    }

    /** viewer relationship, viewer agency, entry agency (blank = the request as a whole) → sees the entry */
    @ParameterizedTest(name = "{0} of {1}, entry about {2}: {3}")
    @CsvSource({
        "AUTHOR, CSC, , true",
        "AUTHOR, CSC, HEALTH, true",
        "ASKED, POLICE, , true",
        "ASKED, POLICE, POLICE, true",
        "ASKED, POLICE, HEALTH, false",
        "ASKED_LEAD, HEALTH, POLICE, false",
        "NONE, EDU, , false"
    })
    void timeline(Relationship r, String viewer, String entryAgency, boolean sees) {
        assertEquals(sees, RequestPolicy.maySeeTimelineEntry(r, viewer, entryAgency));
    }

    /** viewer relationship, viewer agency, changed by (blank = no agency) → sees the change in the history */
    @ParameterizedTest(name = "{0} of {1}, change by {2}: {3}")
    @CsvSource({
        "AUTHOR, CSC, HEALTH, true",
        "REQUESTERS_LEAD, CSC, POLICE, true",
        "ASKED, POLICE, CSC, true",
        "ASKED, POLICE, POLICE, true",
        "ASKED, POLICE, HEALTH, false",
        "ASKED_LEAD, HEALTH, POLICE, false",
        "ASKED, POLICE, , true",
        "NONE, EDU, CSC, false"
    })
    void history(Relationship r, String viewer, String actorAgency, boolean sees) {
        assertEquals(sees, RequestPolicy.maySeeChangeBy(r, viewer, SENT, actorAgency));
    }

    static Stream<Relationship> relationships() {
        return Stream.of(Relationship.values());
    }

    @ParameterizedTest
    @MethodSource("relationships")
    void anAgencyAskedReadsTheHistoryFromWhenItWasSentAndTheRequesterAllOfIt(Relationship r) {
        var sent = java.time.Instant.parse("2026-03-02T10:00:00Z");
        assertEquals(r.askedSide() ? sent : java.time.Instant.EPOCH, RequestPolicy.historyFrom(r, sent));
    }
}
