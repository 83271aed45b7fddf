package org.lowshire.portal.attachment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.lowshire.portal.security.UserIdentity;

/**
 * Where files live, whoever owns them (a request, or a consent's signed document): checked by content against the
 * {@link AttachmentPolicy}, the metadata in {@code attachment}, the content AES-256-GCM encrypted with the
 * attachment id as associated data in {@code attachment_content}. No access rules and no audit: the owner's
 * service checks who may and records the event in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AttachmentStore {

    @PersistenceContext
    EntityManager em;

    private AttachmentPolicy policy;
    private AttachmentCipher cipher;

    /** Who owns a file: exactly one of a request or a consent. */
    public record Owner(Long requestId, Long consentId) {
        public static Owner request(long id) {
            return new Owner(id, null);
        }

        public static Owner consent(long id) {
            return new Owner(null, id);
        }
    }

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public long maxBytes() {
        return policy.maxBytes();
    }

    /** Inspects and stores a file; refused files ({@link AttachmentRefused}) leave nothing behind. */
    public Attachment store(Owner owner, String originalName, byte[] content, UserIdentity by, Instant now) {
        var file = policy.inspect(originalName, content);
        var attachment = new Attachment(owner, file, content.length, sha256(content), by, now);
        em.persist(attachment);
        em.flush();
        em.createNativeQuery("insert into portal.attachment_content (attachment_id, key_id, ciphertext)"
                        + " values (?1, ?2, ?3)")
                .setParameter(1, attachment.getId())
                .setParameter(2, cipher.keyId())
                .setParameter(3, cipher.encrypt(attachment.getUuid(), content))
                .executeUpdate();
        return attachment;
    }

    /** The owner's files, oldest first. */
    public List<Attachment> of(Owner owner) {
        boolean request = owner.requestId() != null;
        return em.createQuery(
                        "select a from Attachment a where a." + (request ? "requestId" : "consentId")
                                + " = :owner order by a.uploadedAt",
                        Attachment.class)
                .setParameter("owner", request ? owner.requestId() : owner.consentId())
                .getResultList();
    }

    /** One of the owner's files, or empty when the id is unknown or belongs to someone else. */
    public java.util.Optional<Attachment> find(Owner owner, String attachmentUuid) {
        return of(owner).stream()
                .filter(a -> a.getUuid().equals(attachmentUuid))
                .findFirst();
    }

    /** A file as it is sent: the name it is served under (made by the portal), its type by content, its bytes. */
    public record Download(String fileName, String contentType, byte[] content) {}

    /** The decrypted file: call only after the DOWNLOAD event is recorded. */
    public Download read(Attachment a) {
        byte[] stored = (byte[])
                em.createNativeQuery("select ciphertext from portal.attachment_content" + " where attachment_id = ?1")
                        .setParameter(1, a.getId())
                        .getSingleResult();
        return new Download(a.getServedName(), a.getContentType(), cipher.decrypt(a.getUuid(), stored));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
