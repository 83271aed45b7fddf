package org.lowshire.portal.attachment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
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
public class AttachmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    Clock clock;

    private AttachmentPolicy policy;
    private AttachmentCipher cipher;

    @PostConstruct
    void loadKey() {
        policy = AttachmentPolicy.fromEnvironment(System.getenv());
        Path dataDir = Path.of(System.getProperty("jboss.server.data.dir", "."));
        try {
            cipher = AttachmentKey.load(System.getenv(), dataDir.resolve("keys").resolve("attachment.key"));
        } catch (IOException e) {
            throw new UncheckedIOException("The attachment key could not be read", e);
        }
    }

    public long maxBytes() {
        return policy.maxBytes();
    }

    public Attachment upload(String requestUuid, String originalName, byte[] content) {
        InformationRequest r = records.load(requestUuid, (u, req) -> RequestAccessPolicy.canActAsRequester(u, req)
                || (RequestAccessPolicy.isResponder(u, req) && req.getStatus().isOpen()), true);
        if (r.getStatus().isFinal()) {
            throw new org.lowshire.portal.request.RequestRefused("request.error.ended");
        }
        var file = policy.inspect(originalName, content);
        var attachment = new Attachment(r.getId(), file, content.length, sha256(content), records.user(),
                clock.instant());
        em.persist(attachment);
        em.flush();
        em.createNativeQuery("insert into portal.attachment_content (attachment_id, key_id, ciphertext)"
                + " values (?1, ?2, ?3)").setParameter(1, attachment.getId()).setParameter(2, cipher.keyId())
                .setParameter(3, cipher.encrypt(attachment.getUuid(), content)).executeUpdate();
        records.record(AuditAction.CREATE, r, Map.of("attachment", attachment.getUuid(), "type", file.contentType(),
                "bytes", content.length));
        return attachment;
    }

    /** The attachments of a request the current user may see (call after the request's own VIEW). */
    public List<Attachment> visible(InformationRequest r) {
        UserIdentity user = records.user();
        return em.createQuery("select a from Attachment a where a.requestId = :r order by a.uploadedAt",
                Attachment.class).setParameter("r", r.getId()).getResultStream()
                .filter(a -> maySee(user, r, a)).toList();
    }

    /** The content, after the DOWNLOAD event: no audit, no file. */
    public Download download(String requestUuid, String attachmentUuid) {
        InformationRequest r = records.load(requestUuid, RequestAccessPolicy::canView, false);
        Attachment a = em.createQuery("select a from Attachment a where a.uuid = :u and a.requestId = :r",
                Attachment.class).setParameter("u", attachmentUuid == null ? "" : attachmentUuid)
                .setParameter("r", r.getId()).getResultStream().findFirst().orElseThrow(RecordNotFound::new);
        if (!maySee(records.user(), r, a)) {
            throw new RecordNotFound();
        }
        records.record(AuditAction.DOWNLOAD, r, Map.of("attachment", a.getUuid()));
        byte[] stored = (byte[]) em.createNativeQuery("select ciphertext from portal.attachment_content"
                + " where attachment_id = ?1").setParameter(1, a.getId()).getSingleResult();
        return new Download(a.getFileName(), a.getContentType(), cipher.decrypt(a.getUuid(), stored));
    }

    /** The requester's side sees every file; a responding agency sees the requester's files and its own. */
    static boolean maySee(UserIdentity user, InformationRequest r, Attachment a) {
        return !RequestAccessPolicy.isResponder(user, r) || a.getUploadedByAgency().equals(r.getRequesterAgency())
                || a.getUploadedByAgency().equals(user.agencyCode());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }
}
