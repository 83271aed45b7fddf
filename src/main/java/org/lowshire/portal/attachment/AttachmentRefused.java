package org.lowshire.portal.attachment;

import java.util.Map;
import org.lowshire.portal.shared.InvalidInput;

/** An upload the policy refuses (empty, too large, a type not allowed), named against the upload field. */
public class AttachmentRefused extends InvalidInput {

    private static final long serialVersionUID = 1L;

    public AttachmentRefused(String messageKey) {
        super(Map.of("file", messageKey));
    }
}
