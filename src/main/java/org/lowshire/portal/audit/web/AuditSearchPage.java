package org.lowshire.portal.audit.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ResourceBundle;
import org.jboss.logging.Logger;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditOutcome;
import org.lowshire.portal.audit.AuditQuery;
import org.lowshire.portal.audit.AuditSearch;
import org.lowshire.portal.platform.web.Dates;

/**
 * The IG officer's audit search, and the per-person ({@code ?person=}) and per-user ({@code ?user=}) reports.
 * A search is recorded in the trail before its results are shown; if that record cannot be written, no result is.
 */
@Named
@ViewScoped
public class AuditSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuditSearchPage.class);

    @Inject
    transient AuditSearch search;

    @Inject
    transient Clock clock;

    private final AuditQuery query = new AuditQuery();
    private String person;
    private String user;
    private AuditRowsModel results;

    /** Runs the report named by the view parameters, if any. */
    public void openReport() {
        if (results != null) {
            return;
        }
        if (person != null && !person.isBlank()) {
            query.setPersonId(person);
            run("person");
        } else if (user != null && !user.isBlank()) {
            query.setUsername(user);
            run("user");
        }
    }

    public void search() {
        var problems = query.problems(LocalDate.now(clock.withZone(Dates.ZONE)));
        if (!problems.isEmpty()) {
            results = null;
            var context = FacesContext.getCurrentInstance();
            problems.forEach((field, key) -> context.addMessage(
                    "search:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null)));
            context.validationFailed();
            return;
        }
        run("search");
    }

    private void run(String report) {
        try {
            search.recordSearch(query, report);
            results = new AuditRowsModel(search, query);
        } catch (RuntimeException e) {
            LOG.errorf(
                    "The audit trail could not record a search (%s)",
                    e.getClass().getSimpleName());
            results = null;
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("audit.error.notRecorded"), null));
        }
    }

    /** Before an export: refuses one that is too broad, and records the export (no record, no file). */
    public void beforeExport(String format) {
        int count = results == null ? 0 : search.count(query);
        if (results == null || count > AuditQuery.EXPORT_LIMIT) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, text("audit.error.exportTooBroad"), null));
            throw new AbortProcessingException("export refused");
        }
        search.recordExport(query, format, count);
        // The exporter reads the whole result through the model, sized by its row count.
        results.setRowCount(count);
    }

    private static String text(String key) {
        var context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("i18n.messages", context.getViewRoot().getLocale())
                .getString(key);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public AuditQuery getQuery() {
        return query;
    }

    public AuditRowsModel getResults() {
        return results;
    }

    public int getCount() {
        return results == null ? 0 : results.getRowCount();
    }

    public boolean isCapped() {
        return getCount() > AuditSearch.COUNT_CAP;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }
}
