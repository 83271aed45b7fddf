package org.lowshire.portal.request.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestService;
import org.lowshire.portal.request.Status;
import org.lowshire.portal.request.VisibleRequest;

/**
 * The confirmation after sending: the reference, each agency asked with its due date, and what happens next. Also
 * right when reached from a bookmark later: a draft goes back to its task list, an ended request says it ended.
 */
@Named
@RequestScoped
public class RequestSentPage {

    @Inject
    RequestService requests;

    @Inject
    AgencyDirectory agencies;

    private String id;
    private VisibleRequest view;

    /** f:viewAction: reads the request (audited). */
    public String load() {
        view = PageMessages.attempt(() -> requests.view(id), Map.of());
        if (view != null && view.getRequest().getStatus() == Status.DRAFT) {
            return "/requests/edit.xhtml?faces-redirect=true&id=" + id;
        }
        return null;
    }

    public String agencyName(String code) {
        return agencies.nameOf(code);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InformationRequest getRequest() {
        return view == null ? null : view.getRequest();
    }

    public VisibleRequest getView() {
        return view;
    }
}
