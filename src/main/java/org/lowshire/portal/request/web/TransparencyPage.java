package org.lowshire.portal.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.platform.web.DateParts;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.request.disclosure.Transparency;
import org.lowshire.portal.request.disclosure.TransparencyTask;
import org.lowshire.portal.security.CurrentUser;

/** The agency's to-do list of deferred "tell the person" decisions; each resolved with an outcome, date and note. */
@Named
@ViewScoped
public class TransparencyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Transparency transparency;

    @Inject
    transient CurrentUser currentUser;

    private List<TransparencyTask> tasks;
    private final Map<Long, TransparencyTask.Resolution> outcomes = new HashMap<>();
    private final Map<Long, DateParts> dates = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    public List<TransparencyTask> getTasks() {
        if (tasks == null) {
            tasks = transparency.open(currentUser.require());
        }
        return tasks;
    }

    public String resolve(long taskId) {
        var fields = Map.of(
                "resolution",
                "tasks:" + rowOf(taskId) + ":resolution",
                "resolvedOn",
                "tasks:" + rowOf(taskId) + ":resolvedOnDay",
                "resolutionNote",
                "tasks:" + rowOf(taskId) + ":note");
        var done = PageMessages.attempt(
                () -> {
                    transparency.resolve(
                            taskId, outcomes.get(taskId), date(taskId).toDate("resolvedOn"), notes.get(taskId));
                    return Boolean.TRUE;
                },
                fields);
        if (done == null) {
            return null;
        }
        PageMessages.info("transparency.saved.banner");
        return "/requests/transparency.xhtml?faces-redirect=true";
    }

    private int rowOf(long taskId) {
        var list = getTasks();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getId() == taskId) {
                return i;
            }
        }
        return 0;
    }

    public DateParts date(long taskId) {
        return dates.computeIfAbsent(taskId, k -> new DateParts());
    }

    public Map<Long, TransparencyTask.Resolution> getOutcomes() {
        return outcomes;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public TransparencyTask.Resolution[] getResolutions() {
        return TransparencyTask.Resolution.values();
    }
}
