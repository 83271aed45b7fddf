package org.lowshire.portal.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.lowshire.portal.security.UserIdentity;

/**
 * A file attached to a request (by the requester or a responding agency) or to a consent (its signed document).
 * Its content lives encrypted in {@code attachment_content} and is read only through {@link AttachmentStore}, after
 * the owner's service has checked access and recorded the DOWNLOAD.
 */
@Entity
@Table(name = "attachment")
public class Attachment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String uuid;

    @Column(updatable = false)
    private Long requestId;

    @Column(updatable = false)
    private Long consentId;

    /** The response a responding agency's file is released with; null for the requester's files and until then. */
    private Long responseId;

    @Column(nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private String uploadedBySubject;

    @Column(nullable = false, updatable = false)
    private String uploadedByName;

    @Column(nullable = false, updatable = false)
    private String uploadedByAgency;

    @Column(nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
        // for JPA
    }

    Attachment(
            AttachmentStore.Owner owner,
            AttachmentPolicy.Inspection file,
            long size,
            String sha256,
            UserIdentity by,
            Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.requestId = owner.requestId();
        this.consentId = owner.consentId();
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = size;
        this.sha256 = sha256;
        this.uploadedBySubject = by.subject();
        this.uploadedByName = by.displayName();
        this.uploadedByAgency = by.agencyCode();
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUuid() {
        return uuid;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getConsentId() {
        return consentId;
    }

    public Long getResponseId() {
        return responseId;
    }

    /** The name the uploader gave, sanitised: shown in lists, never used to serve the file. */
    public String getFileName() {
        return fileName;
    }

    /** The name the file is downloaded under: its id and the extension of its detected type. */
    public String getServedName() {
        return FileNames.served(uuid, contentType);
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedByName() {
        return uploadedByName;
    }

    public String getUploadedByAgency() {
        return uploadedByAgency;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    /** "2.4 MB" for lists. */
    public String getSizeText() {
        return sizeBytes < 1024 * 1024
                ? Math.max(1, sizeBytes / 1024) + " KB"
                : String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / 1048576.0);
    }
}
