package org.lowshire.portal.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.lowshire.portal.access.ReportPolicy;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.request.disclosure.ConsentReports;
import org.lowshire.portal.security.CurrentUser;

/** Consent reports: leads see their own agency, IG officers every agency; names of people only for leads. */
@Named
@ViewScoped
public class ConsentReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsentReports reports;

    @Inject
    transient CurrentUser currentUser;

    private int days = 90;
    private ConsentReports.Report report;

    public void load() {
        if (report == null) {
            show();
        }
    }

    public void show() {
        var r = PageMessages.attempt(() -> reports.run(currentUser.require(), days), Map.of("days", "reports:days"));
        if (r != null) {
            report = r;
        }
    }

    public boolean isShowNames() {
        return ReportPolicy.consentReport(currentUser.require())
                .map(ReportPolicy.Scope::names)
                .orElse(false);
    }

    public int getDays() {
        return days;
    }

    public void setDays(int v) {
        days = v;
    }

    public ConsentReports.Report getReport() {
        return report;
    }
}
