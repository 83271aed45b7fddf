package org.lowshire.portal.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.attachment.Attachment;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.platform.web.UploadedFiles;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestAttachments;
import org.lowshire.portal.request.VisibleRequest;
import org.lowshire.portal.security.CurrentUser;

/** The documents part of a request page: the files this viewer may see, and an upload. */
@Named
@ViewScoped
public class RequestFilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestAttachments attachments;

    private transient Part file;
    private boolean uploaded;

    @Inject
    transient CurrentUser currentUser;

    /** The files of the request this viewer may see, as the policy shapes them. */
    public List<Attachment> of(InformationRequest r) {
        return r == null ? List.of() : attachments.visible(VisibleRequest.of(r, currentUser.require()));
    }

    public String upload(String requestId) {
        return upload(requestId, "files:file");
    }

    /** @param fieldId the client id of the file input, for a refusal's message */
    public String upload(String requestId, String fieldId) {
        uploaded = false;
        var saved = PageMessages.attempt(
                () -> attachments.upload(
                        requestId, UploadedFiles.name(file), UploadedFiles.read(file, attachments.maxBytes())),
                Map.of("file", fieldId));
        uploaded = saved != null;
        return null;
    }

    /** A file was chosen in this postback. */
    public boolean hasFile() {
        return file != null && file.getSize() > 0;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isUploaded() {
        return uploaded;
    }

    public long getMaxMegabytes() {
        return attachments.maxBytes() / (1024 * 1024);
    }
}
