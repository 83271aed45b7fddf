package org.lowshire.portal.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lowshire.portal.audit.AuditChainGuard;

/** Not ready while audit chaining is halted: the chain lost its anchored entry and needs an operator. */
@Readiness
@ApplicationScoped
public class AuditChainReadiness implements HealthCheck {

    @Inject
    AuditChainGuard guard;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("audit-chain");
        var halt = guard.getHalt();
        if (halt == null) {
            return response.up().build();
        }
        return response.down()
                .withData("halted", halt.at().toString())
                .withData("anchoredSeq", halt.anchoredSeq())
                .withData("firstBadSeq", halt.firstBadSeq())
                .build();
    }
}
