package org.lowshire.portal.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.lowshire.portal.security.OidcSettings;

/**
 * OIDC back-channel logout: Keycloak posts a signed logout token here when a user's Keycloak session ends
 * (logout elsewhere, an administrator ending it, expiry), and every portal session bound to it is invalidated.
 * The path is outside the security constraints; the token's signature, issuer, audience and event are checked,
 * and anything else gets 400.
 */
@WebServlet("/oidc/backchannel-logout")
public class BackchannelLogoutServlet extends HttpServlet {

    static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Logger LOG = Logger.getLogger(BackchannelLogoutServlet.class);

    @Inject
    transient OidcSettings settings;

    @Inject
    transient SessionRegistry registry;

    private transient JwtConsumer consumer;

    @PostConstruct
    void buildConsumer() {
        consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(settings.jwksUrl())))
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256,
                        AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setExpectedIssuer(settings.issuer())
                .setExpectedAudience(settings.clientId())
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setAllowedClockSkewInSeconds(30)
                .build();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        if (token == null || token.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            String sid = sessionIdOf(consumer.processToClaims(token));
            int ended = registry.endAll(sid);
            LOG.infof("Back-channel logout ended %d portal session(s)", ended);
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
            LOG.warnf("Rejected a back-channel logout token (%s)", e.getClass().getSimpleName());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** Checks the logout-token rules of OpenID Connect Back-Channel Logout 1.0 §2.4 and returns the sid. */
    static String sessionIdOf(JwtClaims claims) throws MalformedClaimException {
        Object events = claims.getClaimValue("events");
        if (!(events instanceof Map<?, ?> map) || !map.containsKey(LOGOUT_EVENT)) {
            throw new IllegalArgumentException("not a logout token");
        }
        if (claims.hasClaim("nonce")) {
            throw new IllegalArgumentException("logout token must not carry a nonce");
        }
        String sid = claims.getStringClaimValue("sid");
        if (sid == null || sid.isBlank()) {
            throw new IllegalArgumentException("no sid");
        }
        return sid;
    }
}
