package org.lowshire.portal.request;

import org.lowshire.portal.attachment.AttachmentStore;
import org.lowshire.portal.attachment.Attachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestAccessPolicy;
import org.lowshire.portal.request.RequestRecords;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.shared.RecordNotFound;

/**
 * Attachments on requests: the requester attaches while drafting or later, a responding agency while the request is
 * open. Each agency sees the requester's files and its own; every upload (CREATE) and download (DOWNLOAD) is in the
 * audit trail, written before any content leaves.
 */
@ApplicationScoped
@Transactional
public class RequestAttachments {

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
        InformationRequest r = records.load(requestUuid, (u, req) -> RequestAccessPolicy.canActAsRequester(u, req)
                || (RequestAccessPolicy.isResponder(u, req) && req.getStatus().isOpen()), true);
        if (r.getStatus().isFinal()) {
            throw new RequestRefused("request.error.ended");
        }
        var attachment = store.store(AttachmentStore.Owner.request(r.getId()), originalName, content,
                records.user(), clock.instant());
        records.record(AuditAction.CREATE, r, Map.of("attachment", attachment.getUuid(), "type",
                attachment.getContentType(), "bytes", content.length));
        return attachment;
    }

    /** The attachments of a request the current user may see (call after the request's own VIEW). */
    public List<Attachment> visible(InformationRequest r) {
        UserIdentity user = records.user();
        return store.of(AttachmentStore.Owner.request(r.getId())).stream().filter(a -> maySee(user, r, a)).toList();
    }

    /** The content, after the DOWNLOAD event: no audit, no file. */
    public AttachmentStore.Download download(String requestUuid, String attachmentUuid) {
        InformationRequest r = records.load(requestUuid, RequestAccessPolicy::canView, false);
        Attachment a = store.find(AttachmentStore.Owner.request(r.getId()), attachmentUuid)
                .filter(found -> maySee(records.user(), r, found)).orElseThrow(RecordNotFound::new);
        records.record(AuditAction.DOWNLOAD, r, Map.of("attachment", a.getUuid()));
        return store.read(a);
    }

    /** The requester's side sees every file; a responding agency sees the requester's files and its own. */
    static boolean maySee(UserIdentity user, InformationRequest r, Attachment a) {
        return !RequestAccessPolicy.isResponder(user, r) || a.getUploadedByAgency().equals(r.getRequesterAgency())
                || a.getUploadedByAgency().equals(user.agencyCode());
    }
}
