package org.lowshire.portal.shared;

/**
 * A rule of the domain said no. The message is a bundle key the user's page shows next to the field or at the top;
 * it never carries case content.
 */
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusinessException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
