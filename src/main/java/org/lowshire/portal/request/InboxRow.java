package org.lowshire.portal.request;

import java.io.Serializable;
import java.time.Instant;
import org.lowshire.portal.request.deadline.Urgency;

/**
 * One line of an inbox: metadata only (reference, agencies, concern, urgency, status, due date), never names or
 * case text, so lists can be shown without opening any record.
 */
public record InboxRow(
        String id,
        String reference,
        String fromAgency,
        String toAgency,
        ConcernType concernType,
        Urgency urgency,
        Status status,
        Instant dueAt,
        boolean escalated,
        Instant updatedAt)
        implements Serializable {

    /** Overdue: past its due date and still waiting on the responding agency. */
    public boolean overdueAt(Instant now) {
        return dueAt != null
                && dueAt.isBefore(now)
                && (status == Status.SUBMITTED
                        || status == Status.ACKNOWLEDGED
                        || status == Status.CLARIFICATION_REQUESTED);
    }

    public boolean dueSoonAt(Instant now) {
        return !overdueAt(now)
                && dueAt != null
                && dueAt.isBefore(now.plusSeconds(86_400))
                && (status == Status.SUBMITTED || status == Status.ACKNOWLEDGED);
    }
}
