package org.lowshire.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The GOV.UK error summary's entries: each message once, linked to the field it is about (the field's client id),
 * or plain when it is about the whole page. The same texts appear next to the fields.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One entry; {@code fieldId} is null for a message about the page. */
    public record Item(String fieldId, String text) {}

    /** Read afresh on every call: Faces asks "rendered?" in every phase, before the action adds its messages. */
    public List<Item> getItems() {
        var items = new ArrayList<Item>();
        var context = FacesContext.getCurrentInstance();
        context.getClientIdsWithMessages()
                .forEachRemaining(id -> context.getMessageList(id).stream()
                        .filter(m -> m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal())
                        .forEach(m -> items.add(new Item(id, m.getSummary()))));
        return items;
    }
}
