package org.lowshire.portal.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.hibernate.Hibernate;
import org.lowshire.portal.access.RequestAction;
import org.lowshire.portal.access.RequestPolicy;
import org.lowshire.portal.audit.AccessDenials;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditEntry;
import org.lowshire.portal.audit.AuditTrail;
import org.lowshire.portal.security.AccessDenied;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.shared.RecordNotFound;

/**
 * Loads requests for the services and guards every load: unknown → {@link RecordNotFound}; refused by the policy
 * → an ACCESS_DENIED event naming the record (in its own transaction) and {@link AccessDenied}. Also builds the
 * audit entries about a request, so every event names the record, its reference and the people it is about.
 */
@ApplicationScoped
public class RequestRecords {

    public static final String TYPE = "REQUEST";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessDenials denials;

    public UserIdentity user() {
        return currentUser.require();
    }

    /** The request, if the policy lets the current user do {@code action} to it; locked for a change when asked. */
    public InformationRequest load(String uuid, RequestAction action, boolean forChange) {
        return load(uuid, action, null, forChange);
    }

    /** As {@link #load(String, RequestAction, boolean)}, for an action on one agency's part the user must see. */
    public InformationRequest load(String uuid, RequestAction action, String partAgency, boolean forChange) {
        var found = em.createQuery("select r from InformationRequest r where r.uuid = :u", InformationRequest.class)
                .setParameter("u", uuid == null ? "" : uuid)
                .setLockMode(forChange ? LockModeType.OPTIMISTIC_FORCE_INCREMENT : LockModeType.NONE)
                .getResultStream()
                .findFirst()
                .orElseThrow(RecordNotFound::new);
        var user = user();
        var relationship = RequestPolicy.relationship(user, found.facts());
        if (!RequestPolicy.allowed(relationship, action)
                || (partAgency != null && !RequestPolicy.maySeePart(relationship, user.agencyCode(), partAgency))) {
            deny(found);
        }
        return found;
    }

    /**
     * Refuses, as an audited ACCESS_DENIED naming the request, a record inside it the user may not see (another
     * agency's file or response): the same answer as refusing the request, never a 404 that tells it exists.
     */
    public AccessDenied refuse(InformationRequest r) {
        return denials.denied(TYPE, r.getUuid(), r.getReference(), r.personUuids());
    }

    /** Refuses starting a request (only a practitioner of an agency may), audited like any refusal. */
    public AccessDenied refuseNew() {
        return denials.denied(TYPE, null, null, java.util.List.of());
    }

    /** Refuses a response of a part the user may not see (approve/return act on the user's own agency's part). */
    public void requireVisibleResponse(InformationRequest r, String responseUuid) {
        var user = user();
        var relationship = RequestPolicy.relationship(user, r.facts());
        r.getAsks().stream()
                .filter(a -> a.getResponses().stream().anyMatch(x -> x.getUuid().equals(responseUuid)))
                .findFirst()
                .ifPresent(a -> {
                    boolean released = a.getResponses().stream()
                            .filter(x -> x.getUuid().equals(responseUuid))
                            .anyMatch(AgencyResponse::isReleased);
                    if (!RequestPolicy.maySeeResponse(relationship, user.agencyCode(), a.getAgencyCode(), released)) {
                        throw refuse(r);
                    }
                });
    }

    /** The request as the current user may see it (call inside the transaction that loaded it). */
    public VisibleRequest visible(InformationRequest r) {
        return VisibleRequest.of(initialised(r), user());
    }

    /** Everything a request page shows, loaded while the transaction is open. */
    public InformationRequest initialised(InformationRequest r) {
        r.getSubjects().forEach(s -> Hibernate.initialize(s.getPerson()));
        Hibernate.initialize(r.getQuestions());
        r.getAsks().forEach(a -> a.getResponses().forEach(resp -> Hibernate.initialize(resp.getAnswers())));
        Hibernate.initialize(r.getMessages());
        Hibernate.initialize(r.getTimeline());
        return r;
    }

    public void checkVersion(InformationRequest r, Long expected) {
        if (expected != null && expected != r.getVersion()) {
            throw new RequestRefused("request.error.changedMeanwhile");
        }
    }

    public void record(AuditAction action, InformationRequest r, Map<String, Object> details) {
        audit.record(entry(action, r).details(details));
    }

    public void audit(AuditEntry entry) {
        audit.record(entry);
    }

    public AuditEntry entry(AuditAction action, InformationRequest r) {
        return AuditEntry.of(action).target(TYPE, r.getUuid(), r.getReference()).persons(r.personUuids());
    }

    private void deny(InformationRequest r) {
        throw refuse(r);
    }
}
