package org.lowshire.portal.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.access.RequestAction;
import org.lowshire.portal.attachment.Attachment;
import org.lowshire.portal.attachment.AttachmentStore;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.shared.RecordNotFound;

/**
 * Files on requests: the requester attaches while drafting or later, an agency asked while the request is open.
 * What each viewer sees of them is {@link VisibleRequest#maySeeFile}: the requester's files go with the request; an
 * agency's files belong to its next response and reach the requester's side only when that response is released.
 * Every upload (CREATE) and download (DOWNLOAD) is in the audit trail, written before any content leaves.
 */
@ApplicationScoped
@Transactional
public class RequestAttachments {

    /** An agency's files on a request that its next releasing response takes: in no response yet, or a returned one. */
    private static final String AWAITING_RELEASE = "a.requestId = :request and a.uploadedByAgency = :agency"
            + " and (a.responseId is null or a.responseId in"
            + " (select x.id from AgencyResponse x where x.state = :returned))";

    @PersistenceContext
    EntityManager em;

    @Inject
    AttachmentStore store;

    @Inject
    RequestRecords records;

    @Inject
    Clock clock;

    public long maxBytes() {
        return store.maxBytes();
    }

    public Attachment upload(String requestUuid, String originalName, byte[] content) {
        InformationRequest r = records.load(requestUuid, RequestAction.UPLOAD, true);
        if (r.getStatus().isFinal()) {
            throw new RequestRefused("request.error.ended");
        }
        var attachment = store.store(
                AttachmentStore.Owner.request(r.getId()), originalName, content, records.user(), clock.instant());
        records.record(
                AuditAction.CREATE,
                r,
                Map.of(
                        "attachment",
                        attachment.getUuid(),
                        "type",
                        attachment.getContentType(),
                        "bytes",
                        content.length));
        return attachment;
    }

    /** The files of a request the current user may see (call after the request's own VIEW). */
    public List<Attachment> visible(VisibleRequest v) {
        return store.of(AttachmentStore.Owner.request(v.getRequest().getId())).stream()
                .filter(a -> v.maySeeFile(a.getUploadedByAgency(), a.getResponseId()))
                .toList();
    }

    /** The content, after the DOWNLOAD event: no audit, no file. */
    public AttachmentStore.Download download(String requestUuid, String attachmentUuid) {
        InformationRequest r = records.load(requestUuid, RequestAction.DOWNLOAD, false);
        var v = records.visible(r);
        Attachment a = store.find(AttachmentStore.Owner.request(r.getId()), attachmentUuid)
                .orElseThrow(RecordNotFound::new);
        if (!v.maySeeFile(a.getUploadedByAgency(), a.getResponseId())) {
            throw records.refuse(r);
        }
        records.record(AuditAction.DOWNLOAD, r, Map.of("attachment", a.getUuid()));
        return store.read(a);
    }

    /**
     * Gives the agency's files that belong to no response yet (or to one its lead returned) to the response just
     * recorded, so they are released with it; returns their ids for the response's events.
     */
    public List<String> assignTo(AgencyResponse response) {
        Ask ask = response.getAsk();
        em.flush();
        em.createQuery("update Attachment a set a.responseId = :response where " + AWAITING_RELEASE)
                .setParameter("response", response.getId())
                .setParameter("request", ask.getRequest().getId())
                .setParameter("agency", ask.getAgencyCode())
                .setParameter("returned", AgencyResponse.State.RETURNED)
                .executeUpdate();
        return filesOf(response);
    }

    /** The names of the agency's files that its next releasing response would release (none yet, or returned). */
    public List<String> awaitingRelease(InformationRequest r, String agency) {
        return em.createQuery(
                        "select a.fileName from Attachment a where " + AWAITING_RELEASE + " order by a.uploadedAt",
                        String.class)
                .setParameter("request", r.getId())
                .setParameter("agency", agency)
                .setParameter("returned", AgencyResponse.State.RETURNED)
                .getResultList();
    }

    /** The ids of the files released with a response. */
    public List<String> filesOf(AgencyResponse response) {
        return em.createQuery(
                        "select a.uuid from Attachment a where a.responseId = :r order by a.uploadedAt", String.class)
                .setParameter("r", response.getId())
                .getResultList();
    }
}
