package org.lowshire.portal.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.request.ConcernType;
import org.lowshire.portal.request.InboxFilter;
import org.lowshire.portal.request.InboxRow;
import org.lowshire.portal.request.RequestInbox;
import org.lowshire.portal.request.RequestService;
import org.lowshire.portal.request.Status;
import org.lowshire.portal.request.deadline.Urgency;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.security.Role;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The requests inbox: what I raised, and what was sent to my agency, each filtered and paged in the database. */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestInbox inbox;

    @Inject
    transient RequestService requests;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    private final InboxFilter filter = new InboxFilter();
    private RequestInbox.Sort sort = RequestInbox.Sort.DUE;
    private final LazyDataModel<InboxRow> mine = new Rows(true);
    private final LazyDataModel<InboxRow> incoming = new Rows(false);

    /** Creates a draft and opens it. */
    public String raise() {
        var draft = PageMessages.attempt(requests::startDraft, Map.of());
        return draft == null ? null : "/requests/edit.xhtml?faces-redirect=true&id=" + draft.getUuid();
    }

    public String applyFilter() {
        return null;
    }

    public String clearFilter() {
        filter.setStatus(null);
        filter.setUrgency(null);
        filter.setDue(null);
        filter.setConcernType(null);
        sort = RequestInbox.Sort.DUE;
        return null;
    }

    public boolean isPractitioner() {
        return currentUser.has(Role.PRACTITIONER.roleName());
    }

    public boolean isLead() {
        return currentUser.has(Role.AGENCY_LEAD.roleName());
    }

    public Map<String, Long> getDueCounts() {
        return inbox.dueCounts(currentUser.getAgencyCode());
    }

    public Instant getNow() {
        return clock.instant();
    }

    public InboxFilter getFilter() {
        return filter;
    }

    public LazyDataModel<InboxRow> getMine() {
        return mine;
    }

    public LazyDataModel<InboxRow> getIncoming() {
        return incoming;
    }

    public Status[] getStatuses() {
        return Status.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public ConcernType[] getConcernTypes() {
        return ConcernType.values();
    }

    public RequestInbox.Sort getSort() {
        return sort;
    }

    public void setSort(RequestInbox.Sort sort) {
        this.sort = sort == null ? RequestInbox.Sort.DUE : sort;
    }

    public RequestInbox.Sort[] getSorts() {
        return RequestInbox.Sort.values();
    }

    public InboxFilter.Due[] getDueStates() {
        return InboxFilter.Due.values();
    }

    private final class Rows extends LazyDataModel<InboxRow> {
        private static final long serialVersionUID = 1L;
        private final boolean raisedByMe;

        Rows(boolean raisedByMe) {
            this.raisedByMe = raisedByMe;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int)
                    (raisedByMe
                            ? inbox.countMine(currentUser.require(), filter)
                            : inbox.countIncoming(currentUser.getAgencyCode(), filter));
        }

        @Override
        public List<InboxRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return raisedByMe
                    ? inbox.mine(currentUser.require(), filter, first, pageSize, sort)
                    : inbox.incoming(currentUser.getAgencyCode(), filter, first, pageSize, sort);
        }

        @Override
        public String getRowKey(InboxRow row) {
            return row.id() + ":" + row.toAgency();
        }
    }
}
