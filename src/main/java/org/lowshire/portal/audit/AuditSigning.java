package org.lowshire.portal.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lowshire.portal.audit.chain.SigningKey;

/**
 * The checkpoint signing key, from a file outside the database: {@code PORTAL_AUDIT_KEY_FILE}, by default
 * {@code audit/checkpoint-signing.key} in the server's data directory. A missing key is created when
 * {@code PORTAL_AUDIT_KEY_CREATE} is true (the default, for development); production provisions and backs it up.
 */
@ApplicationScoped
public class AuditSigning {

    private static final Logger LOG = Logger.getLogger(AuditSigning.class);

    @Inject
    @ConfigProperty(name = "PORTAL_AUDIT_KEY_FILE")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "PORTAL_AUDIT_KEY_CREATE", defaultValue = "true")
    boolean create;

    private SigningKey key;
    private AuditAnchor anchor;

    @PostConstruct
    void load() {
        Path file = keyFile.map(Path::of)
                .orElseGet(() ->
                        Path.of(System.getProperty("jboss.server.data.dir", "."), "audit", "checkpoint-signing.key"));
        try {
            key = SigningKey.load(file, create);
            anchor = new AuditAnchor(file.toAbsolutePath().getParent(), key);
            LOG.infof("Audit checkpoints are signed with key %s", key.keyId());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The audit signing key could not be loaded from " + file, e);
        }
    }

    public SigningKey key() {
        return key;
    }

    AuditAnchor anchor() {
        return anchor;
    }
}
