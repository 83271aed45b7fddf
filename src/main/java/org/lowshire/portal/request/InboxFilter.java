package org.lowshire.portal.request;

import java.io.Serializable;
import org.lowshire.portal.request.deadline.Urgency;

/** What an inbox is narrowed to: status, urgency, due state and concern type; empty means any. */
public class InboxFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Due {
        OVERDUE,
        DUE_SOON,
        ESCALATED
    }

    private Status status;
    private Urgency urgency;
    private Due due;
    private ConcernType concernType;

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public Due getDue() {
        return due;
    }

    public void setDue(Due due) {
        this.due = due;
    }

    public ConcernType getConcernType() {
        return concernType;
    }

    public void setConcernType(ConcernType concernType) {
        this.concernType = concernType;
    }
}
