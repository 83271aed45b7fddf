package org.lowshire.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.shared.Correlation;

/** Works out who is acting: the signed-in user of the current request, or the portal itself outside requests. */
@ApplicationScoped
public class ActorResolver {

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    public Actor current() {
        try {
            String address = request.getRemoteAddr();
            String correlation = Correlation.of(request);
            HttpSession session = request.getSession(false);
            String sessionRef = session == null ? null : sessionRef(session.getId());
            return currentUser
                    .identity()
                    .map(u -> new Actor(
                            u.subject(), u.username(), u.agencyCode(), u.roleNames(), sessionRef, address, correlation))
                    .orElseGet(() -> Actor.anonymous(address, correlation));
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Actor.system("background");
        }
    }

    /** A one-way reference to the session: events of one session can be grouped, the id cannot be recovered. */
    static String sessionRef(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
