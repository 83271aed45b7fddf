package org.lowshire.portal.user.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.IOException;
import java.io.Serializable;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.security.web.SessionRegistry;
import org.lowshire.portal.user.UserDirectory;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * On the first authenticated request of a browser session: records the sign-in in the user cache and binds the
 * session to its Keycloak session id, so a back-channel logout can end it. Bearer-token calls keep no session.
 */
@WebFilter(urlPatterns = "/*")
public class SessionBindingFilter extends HttpFilter {

    static final String BINDING = SessionBindingFilter.class.getName() + ".binding";

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient UserDirectory users;

    @Inject
    transient SessionRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(BINDING) == null
                && request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
            currentUser.identity().ifPresent(users::recordSignIn);
            var idToken = principal.getOidcSecurityContext().getIDToken();
            String sid = idToken == null ? null : idToken.getClaimValueAsString("sid");
            session.setAttribute(BINDING, new Binding(sid, registry));
            if (sid != null) {
                registry.bind(sid, session);
            }
        }
        chain.doFilter(request, response);
    }

    /** Unbinds the session from the registry when it ends, however it ends. */
    static final class Binding implements HttpSessionBindingListener, Serializable {
        private static final long serialVersionUID = 1L;
        private final String sid;
        private final transient SessionRegistry registry;

        Binding(String sid, SessionRegistry registry) {
            this.sid = sid;
            this.registry = registry;
        }

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            if (sid != null && registry != null) {
                registry.unbind(sid, event.getSession());
            }
        }
    }
}
