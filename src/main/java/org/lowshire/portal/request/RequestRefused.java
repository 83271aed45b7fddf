package org.lowshire.portal.request;

import org.lowshire.portal.shared.BusinessException;

/** A request rule said no; the key names a sentence in the bundle the user reads. */
public class RequestRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RequestRefused(String messageKey) {
        super(messageKey);
    }
}
