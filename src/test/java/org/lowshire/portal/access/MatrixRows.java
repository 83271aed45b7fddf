package org.lowshire.portal.access;

import static org.lowshire.portal.access.RequestAction.*;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.lowshire.portal.access.PersonPolicy.ConsentAction;
import org.lowshire.portal.request.RequestApiClient;
import org.lowshire.portal.security.Role;
import org.lowshire.portal.security.UserIdentity;

/**
 * The rows of the access matrix: for every route, how to call it (its path with {placeholders} from a fixture, a body)
 * and which policy question it asks. Changes are sent with a stale version or an invalid body, so an allowed caller
 * gets 400/409 and the fixtures never change. The expected answers come from the policy, never from a second list.
 */
final class MatrixRows {

    private MatrixRows() {}

    static final String STALE = "{\"version\":-1,\"text\":\"Matrix check\"}";
    static final String STALE_RESPONSE = RequestApiClient.shareInPart(-1).replace("OFFICIAL_SENSITIVE", "OFFICIAL");
    /**
     * Rows written before their route is merged wait here: skipped by the matrix until the route exists, and named
     * by the coverage test until then. Empty once every branch is in.
     */
    static final Set<String> AWAITED = Set.of();

    /** Which policy question a route asks, for one user and (for record routes) one fixture. */
    interface Rule {
        boolean allows(UserIdentity user, MatrixFixture f);
    }

    enum Call {
        API,
        UPLOAD,
        SESSION
    }

    /** One way of calling a route: its path with {placeholders} from the fixture, a body, and its rule. */
    record Row(String route, Call call, String path, String body, Rule rule, String what) {
        boolean perFixture() {
            return path.contains("{");
        }
    }

    static final List<Row> ALL = List.of(
            api(
                    "POST /api/requests",
                    "/api/requests",
                    null,
                    role(u -> u.has(Role.PRACTITIONER) && u.agencyCode() != null),
                    "practitioner of an agency starts a draft"),
            api("GET /api/requests/{id}", "/api/requests/{req}", null, request(VIEW), "VIEW"),
            api("GET /api/requests/{id}/history", "/api/requests/{req}/history", null, request(HISTORY), "HISTORY"),
            api("GET /api/requests/{id}/copy", "/api/requests/{req}/copy", null, request(COPY), "COPY"),
            api("PUT /api/requests/{id}/draft", "/api/requests/{req}/draft", STALE, request(EDIT_DRAFT), "EDIT_DRAFT"),
            api(
                    "POST /api/requests/{id}/subjects",
                    "/api/requests/{req}/subjects",
                    "{}",
                    request(EDIT_DRAFT),
                    "EDIT_DRAFT"),
            api(
                    "POST /api/requests/{id}/person-matches",
                    "/api/requests/{req}/person-matches",
                    "{}",
                    request(EDIT_DRAFT),
                    "EDIT_DRAFT"),
            api(
                    "POST /api/requests/{id}/submission",
                    "/api/requests/{req}/submission",
                    STALE,
                    request(SUBMIT),
                    "SUBMIT"),
            api(
                    "POST /api/requests/{id}/acknowledgement",
                    "/api/requests/{req}/acknowledgement",
                    STALE,
                    request(ACKNOWLEDGE),
                    "ACKNOWLEDGE"),
            api(
                    "POST /api/requests/{id}/clarification-requests",
                    "/api/requests/{req}/clarification-requests",
                    STALE,
                    request(ASK_CLARIFICATION),
                    "ASK_CLARIFICATION"),
            api(
                    "POST /api/requests/{id}/clarification-answers/{agency}",
                    "/api/requests/{req}/clarification-answers/POLICE",
                    STALE,
                    request(ANSWER_CLARIFICATION),
                    "ANSWER_CLARIFICATION"),
            api(
                    "POST /api/requests/{id}/responses",
                    "/api/requests/{req}/responses",
                    STALE_RESPONSE,
                    request(RESPOND),
                    "RESPOND"),
            api(
                    "POST /api/requests/{id}/responses/check",
                    "/api/requests/{req}/responses/check",
                    STALE_RESPONSE,
                    request(RESPOND),
                    "RESPOND"),
            api(
                    "POST /api/requests/{id}/responses/{response}/approval",
                    "/api/requests/{req}/responses/{policeResponse}/approval",
                    STALE,
                    response(APPROVE),
                    "APPROVE police's response"),
            api(
                    "POST /api/requests/{id}/responses/{response}/return",
                    "/api/requests/{req}/responses/{policeResponse}/return",
                    STALE,
                    response(RETURN),
                    "RETURN police's response"),
            api(
                    "POST /api/requests/{id}/withdrawal",
                    "/api/requests/{req}/withdrawal",
                    STALE,
                    request(WITHDRAW),
                    "WITHDRAW"),
            api("POST /api/requests/{id}/closure", "/api/requests/{req}/closure", STALE, request(CLOSE), "CLOSE"),
            new Row(
                    "POST /api/requests/{id}/attachments",
                    Call.UPLOAD,
                    "/api/requests/{req}/attachments",
                    null,
                    request(UPLOAD),
                    "UPLOAD (empty file)"),
            api(
                    "GET /api/requests/{id}/attachments/{attachment}",
                    "/api/requests/{req}/attachments/{fileCSC}",
                    null,
                    file("CSC"),
                    "DOWNLOAD the requester's file"),
            api(
                    "GET /api/requests/{id}/attachments/{attachment}",
                    "/api/requests/{req}/attachments/{filePOLICE}",
                    null,
                    file("POLICE"),
                    "DOWNLOAD police's file (released with its response)"),
            api(
                    "GET /api/requests/{id}/attachments/{attachment}",
                    "/api/requests/{req}/attachments/{fileHEALTH}",
                    null,
                    file("HEALTH"),
                    "DOWNLOAD health's file (no response yet)"),
            api(
                    "GET /api/people/{id}/consents",
                    "/api/people/{person}/consents",
                    null,
                    person(ConsentAction.RECORD),
                    "the person's consents (person page)"),
            api(
                    "POST /api/people/{id}/consents",
                    "/api/people/{person}/consents",
                    "{\"version\":-1}",
                    person(ConsentAction.RECORD),
                    "RECORD a consent (invalid body)"),
            api(
                    "PUT /api/consents/{id}",
                    "/api/consents/{consent}",
                    "{\"version\":-1}",
                    consent(ConsentAction.CHANGE),
                    "CHANGE CSC's consent"),
            api(
                    "POST /api/consents/{id}/withdrawal",
                    "/api/consents/{consent}/withdrawal",
                    "{\"version\":-1,\"on\":\"2026-01-01\",\"note\":\"Matrix check\"}",
                    consent(ConsentAction.CHANGE),
                    "CHANGE (withdraw) CSC's consent"),
            api(
                    "GET /api/consents/{id}/receipt",
                    "/api/consents/{consent}/receipt",
                    null,
                    consent(ConsentAction.VIEW),
                    "VIEW CSC's consent (receipt)"),
            new Row(
                    "POST /api/consents/{id}/documents",
                    Call.UPLOAD,
                    "/api/consents/{consent}/documents",
                    null,
                    consent(ConsentAction.CHANGE),
                    "CHANGE CSC's consent (empty document)"),
            api(
                    "GET /api/consents/{id}/documents/{document}",
                    "/api/consents/{consent}/documents/{document}",
                    null,
                    consent(ConsentAction.VIEW),
                    "VIEW CSC's consent (signed document)"),
            api("GET /api/agencies", "/api/agencies", null, role(u -> !u.roles().isEmpty()), "any portal role"),
            api(
                    "PUT /api/agencies/{code}/approval-policy",
                    "/api/agencies/EDU/approval-policy",
                    "{\"version\":-1}",
                    role(u -> u.has(Role.ADMIN)),
                    "admin"),
            api(
                    "GET /api/consent-reports",
                    "/api/consent-reports",
                    null,
                    role(u -> ReportPolicy.consentReport(u).isPresent()),
                    "ReportPolicy.consentReport"),
            api(
                    "GET /api/transparency",
                    "/api/transparency",
                    null,
                    role(MatrixRows::caseWorker),
                    "practitioner or lead"),
            api(
                    "POST /api/transparency/{id}",
                    "/api/transparency/-1",
                    "{}",
                    role(MatrixRows::caseWorker),
                    "practitioner or lead (no such task)"),
            api(
                    "POST /api/audit/verifications",
                    "/api/audit/verifications",
                    null,
                    role(u -> u.has(Role.IG_OFFICER)),
                    "IG officer"),
            api(
                    "GET /api/audit/verifications",
                    "/api/audit/verifications",
                    null,
                    role(u -> u.has(Role.IG_OFFICER)),
                    "IG officer"),
            api("GET /api/audit/chain", "/api/audit/chain", null, role(u -> u.has(Role.IG_OFFICER)), "IG officer"),
            api(
                    "GET /api/audit/chain/head",
                    "/api/audit/chain/head",
                    null,
                    role(u -> u.has(Role.IG_OFFICER)),
                    "IG officer (the signed head)"),
            api(
                    "POST /api/audit/chain/head-checks",
                    "/api/audit/chain/head-checks",
                    "{}",
                    role(u -> u.has(Role.IG_OFFICER)),
                    "IG officer (not a head file)"),
            api(
                    "POST /api/audit/chain/resumption",
                    "/api/audit/chain/resumption",
                    "{}",
                    role(u -> u.has(Role.IG_OFFICER)),
                    "IG officer (not halted)"),
            api("GET /api/me", "/api/me", null, role(u -> true), "anyone signed in"),
            api("GET /api/audit/alerts", "/api/audit/alerts", null, role(u -> u.has(Role.IG_OFFICER)), "IG officer"),
            api(
                    "POST /api/audit/alerts/{id}/acknowledgement",
                    "/api/audit/alerts/-1/acknowledgement",
                    "{}",
                    role(u -> u.has(Role.IG_OFFICER)),
                    "IG officer (no such alert)"),
            page("view.xhtml", "?id={req}", request(VIEW), "VIEW"),
            page("history.xhtml", "?id={req}", request(HISTORY), "HISTORY"),
            page("respond.xhtml", "?id={req}", request(RESPOND), "RESPOND"),
            page("sent.xhtml", "?id={req}", request(VIEW), "VIEW"),
            page("check.xhtml", "?id={req}", request(VIEW), "VIEW (the draft's tasks)"),
            page("edit.xhtml", "?id={req}", request(VIEW), "VIEW (the draft's tasks)"),
            page("task.xhtml", "?id={req}&task=people", request(VIEW), "VIEW (a draft task)"),
            page("person.xhtml", "?id={person}", person(ConsentAction.RECORD), "the person page"),
            session(
                    "PAGE /ig/person.xhtml",
                    "/ig/person.xhtml?person={person}",
                    role(u -> u.has(Role.IG_OFFICER)),
                    "IG: the trail about a person"),
            session(
                    "PAGE /ig/user.xhtml",
                    "/ig/user.xhtml?user=csc.practitioner",
                    role(u -> u.has(Role.IG_OFFICER)),
                    "IG: the trail of a user"),
            session(
                    "GET /ig/chain-head",
                    "/ig/chain-head",
                    role(u -> u.has(Role.IG_OFFICER)),
                    "IG: download the chain's signed head"),
            session(
                    "PAGE /admin/agency.xhtml",
                    "/admin/agency.xhtml?code=CSC",
                    role(u -> u.has(Role.ADMIN)),
                    "admin: an agency's approval policy"),
            session("GET /requests/copy", "/requests/copy?id={req}", request(COPY), "COPY (PDF)"),
            session(
                    "GET /requests/attachment",
                    "/requests/attachment?id={req}&a={fileCSC}",
                    file("CSC"),
                    "DOWNLOAD the requester's file"),
            session(
                    "GET /requests/attachment",
                    "/requests/attachment?id={req}&a={filePOLICE}",
                    file("POLICE"),
                    "DOWNLOAD police's file"),
            session(
                    "GET /requests/attachment",
                    "/requests/attachment?id={req}&a={fileHEALTH}",
                    file("HEALTH"),
                    "DOWNLOAD health's file"),
            session(
                    "GET /requests/consent-document",
                    "/requests/consent-document?id={consent}&d={document}",
                    consent(ConsentAction.VIEW),
                    "VIEW CSC's consent (signed document)"),
            session(
                    "GET /requests/consent-receipt",
                    "/requests/consent-receipt?id={consent}",
                    consent(ConsentAction.VIEW),
                    "VIEW CSC's consent (receipt)"));

    static boolean caseWorker(UserIdentity u) {
        return u.has(Role.PRACTITIONER) || u.has(Role.AGENCY_LEAD);
    }

    static Row api(String route, String path, String body, Rule rule, String what) {
        return new Row(route, Call.API, path, body, rule, what);
    }

    static Row page(String page, String query, Rule rule, String what) {
        return new Row("PAGE /requests/" + page, Call.SESSION, "/requests/" + page + query, null, rule, what);
    }

    static Row session(String route, String path, Rule rule, String what) {
        return new Row(route, Call.SESSION, path, null, rule, what);
    }

    static Rule role(Predicate<UserIdentity> rule) {
        return (u, f) -> rule.test(u);
    }

    static Rule request(RequestAction action) {
        return (u, f) -> RequestPolicy.allowed(RequestPolicy.relationship(u, f.facts()), action);
    }

    /** A file of the request: the download action and whether this viewer sees that agency's file. */
    static Rule file(String uploadedBy) {
        return (u, f) -> {
            var rel = RequestPolicy.relationship(u, f.facts());
            return RequestPolicy.allowed(rel, DOWNLOAD)
                    && RequestPolicy.maySeeFile(rel, u.agencyCode(), f.facts(), uploadedBy, f.released(uploadedBy));
        };
    }

    /** Police's released response: the action and whether this viewer sees that response. */
    static Rule response(RequestAction action) {
        return (u, f) -> {
            var rel = RequestPolicy.relationship(u, f.facts());
            return RequestPolicy.allowed(rel, action)
                    && RequestPolicy.maySeeResponse(rel, u.agencyCode(), "POLICE", f.released("POLICE"));
        };
    }

    static Rule person(ConsentAction action) {
        return (u, f) -> PersonPolicy.mayConsent(u, f.person(), action, null);
    }

    /** The consent CSC recorded about the fixture's child. */
    static Rule consent(ConsentAction action) {
        return (u, f) -> PersonPolicy.mayConsent(u, f.person(), action, "CSC");
    }
}
