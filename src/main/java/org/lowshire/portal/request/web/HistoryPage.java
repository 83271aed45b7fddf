package org.lowshire.portal.request.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.request.RequestService;

/** The History section of a request: who changed which field from what to what, for the request and its people. */
@Named
@RequestScoped
public class HistoryPage {

    @Inject
    RequestService requests;

    private String id;
    private RequestService.RequestHistory history;

    public void load() {
        history = PageMessages.load(() -> requests.history(id));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RequestService.RequestHistory getHistory() {
        return history;
    }
}
