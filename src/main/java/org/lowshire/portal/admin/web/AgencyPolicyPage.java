package org.lowshire.portal.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.lowshire.portal.admin.AgencySettings;
import org.lowshire.portal.agency.Agency;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.agency.OverrideApproval;
import org.lowshire.portal.platform.web.PageMessages;

/** An agency's approval policy, changed by an administrator: two questions, then back to the agencies. */
@Named
@ViewScoped
public class AgencyPolicyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgencyDirectory agencies;

    @Inject
    transient AgencySettings settings;

    private String code;
    private String name;
    private Boolean sensitiveNeedsApproval;
    private OverrideApproval overrideApproval;
    private long version;

    /** f:viewAction: the agency's current policy, or the 404 page. */
    public void load() {
        if (name != null) {
            return;
        }
        Agency a = agencies.byCode(code).orElse(null);
        if (a == null) {
            PageMessages.sendError(404);
            return;
        }
        name = a.getName();
        sensitiveNeedsApproval = a.isSensitiveNeedsApproval();
        overrideApproval = a.getOverrideApproval();
        version = a.getVersion();
    }

    public String save() {
        var saved = PageMessages.attempt(
                () -> settings.changeApprovalPolicy(code, version, sensitiveNeedsApproval, overrideApproval),
                Map.of("sensitiveNeedsApproval", "policy:sensitive", "overrideApproval", "policy:override"));
        if (saved == null) {
            return null;
        }
        PageMessages.info("admin.policy.saved");
        return "/admin/index.xhtml?faces-redirect=true";
    }

    public OverrideApproval[] getOverrideChoices() {
        return OverrideApproval.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public Boolean getSensitiveNeedsApproval() {
        return sensitiveNeedsApproval;
    }

    public void setSensitiveNeedsApproval(Boolean v) {
        sensitiveNeedsApproval = v;
    }

    public OverrideApproval getOverrideApproval() {
        return overrideApproval;
    }

    public void setOverrideApproval(OverrideApproval v) {
        overrideApproval = v;
    }
}
