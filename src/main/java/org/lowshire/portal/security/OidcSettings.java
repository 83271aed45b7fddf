package org.lowshire.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the identity provider is, for the parts of the portal that talk to it directly (back-channel logout,
 * readiness). The same environment variables configure WildFly's OIDC client in wildfly-config/oidc.cli.
 */
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "KEYCLOAK_URL", defaultValue = "http://127.0.0.1:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "KEYCLOAK_REALM", defaultValue = "safeguarding")
    String realm;

    @Inject
    @ConfigProperty(name = "PORTAL_OIDC_CLIENT_ID", defaultValue = "portal-web")
    String clientId;

    public String issuer() {
        return stripSlash(keycloakUrl) + "/realms/" + realm;
    }

    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String discoveryUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    public String clientId() {
        return clientId;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
