package org.lowshire.portal.access;

/** What can be done to a request; which relationship may do which is {@link RequestPolicy}'s table. */
public enum RequestAction {
    VIEW,
    COPY,
    HISTORY,
    UPLOAD,
    DOWNLOAD,
    EDIT_DRAFT,
    SUBMIT,
    ANSWER_CLARIFICATION,
    WITHDRAW,
    CLOSE,
    ACKNOWLEDGE,
    ASK_CLARIFICATION,
    RESPOND,
    APPROVE,
    RETURN
}
