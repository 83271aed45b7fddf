package org.lowshire.portal.agency;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partner agency of the safeguarding partnership. Reference data created by migrations; administrators change
 * only its approval policy ({@link #changeApprovalPolicy}), each change an audited UPDATE.
 */
@Entity
@Table(name = "agency")
@Cacheable
public class Agency {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Column(nullable = false)
    private boolean active;

    /** Whether this agency's OFFICIAL-SENSITIVE responses wait for its lead's approval before release. */
    @Column(name = "sensitive_needs_approval", nullable = false)
    private boolean sensitiveNeedsApproval;

    /** When sharing without consent needs this agency's lead's approval (default: OFFICIAL-SENSITIVE only). */
    @Enumerated(EnumType.STRING)
    @Column(name = "override_approval", nullable = false)
    private OverrideApproval overrideApproval = OverrideApproval.SENSITIVE_ONLY;

    @Version
    private long version;

    protected Agency() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Sector getSector() {
        return sector;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isSensitiveNeedsApproval() {
        return sensitiveNeedsApproval;
    }

    public OverrideApproval getOverrideApproval() {
        return overrideApproval;
    }

    public long getVersion() {
        return version;
    }

    /** The agency's policy on when its lead approves a release; returns what changed, field to [from, to]. */
    public java.util.Map<String, java.util.List<String>> changeApprovalPolicy(
            long expectedVersion, Boolean sensitive, OverrideApproval override) {
        var c = new org.lowshire.portal.shared.InvalidInput.Collector();
        c.check(sensitive != null, "sensitiveNeedsApproval", "admin.error.sensitiveMissing");
        c.check(override != null, "overrideApproval", "admin.error.overrideMissing");
        c.throwIfAny();
        if (expectedVersion != version) {
            throw new org.lowshire.portal.shared.BusinessException("admin.error.changedMeanwhile");
        }
        var changed = new java.util.LinkedHashMap<String, java.util.List<String>>();
        if (sensitive != sensitiveNeedsApproval) {
            changed.put(
                    "sensitiveNeedsApproval",
                    java.util.List.of(Boolean.toString(sensitiveNeedsApproval), Boolean.toString(sensitive)));
        }
        if (override != overrideApproval) {
            changed.put("overrideApproval", java.util.List.of(overrideApproval.name(), override.name()));
        }
        sensitiveNeedsApproval = sensitive;
        overrideApproval = override;
        return changed;
    }
}
