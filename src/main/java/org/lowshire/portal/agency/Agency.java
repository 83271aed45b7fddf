package org.lowshire.portal.agency;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner agency of the safeguarding partnership. Reference data: created and changed by migrations only. */
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
}
