package org.lowshire.portal.shared;

/** The user has asked too often in too short a time (a rate limit); REST answers 429. */
public class TooManyRequests extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TooManyRequests(String messageKey) {
        super(messageKey);
    }
}
