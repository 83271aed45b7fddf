package org.lowshire.portal.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.lowshire.portal.shared.Correlation;
import org.lowshire.portal.shared.Texts;

/**
 * The API is bearer-only. The OIDC mechanism runs before this filter and would accept a caller on the strength of
 * the browser's session cookie, or of a token in {@code ?access_token=}; this filter then refuses both with a 401
 * problem: a call must carry {@code Authorization: Bearer …}, and a URL (which ends up in logs, history and
 * {@code Referer}) must never carry a token, even alongside a valid header. It never creates an HTTP session.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class BearerOnlyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String TOKEN_PARAMETER = "access_token";

    /** Created on the first refusal, with the server's JSON-B (the same one that writes every other problem). */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (carriesTokenInQuery(request.getQueryString())) {
            refuse(request, response, "api.error.tokenInUrl");
        } else if (!hasBearerHeader(request.getHeader("Authorization"))) {
            refuse(request, response, "api.error.bearerRequired");
        } else {
            chain.doFilter(request, response);
        }
    }

    static boolean hasBearerHeader(String authorization) {
        return authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank();
    }

    /** Whether any query parameter is named {@code access_token}, in any case and however it is percent-encoded. */
    static boolean carriesTokenInQuery(String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("[&;]")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String decoded;
            try {
                decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                decoded = name;
            }
            if (decoded.strip().toLowerCase(Locale.ROOT).equals(TOKEN_PARAMETER)) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String detailKey)
            throws IOException {
        Correlation.ensure(request, response);
        Problem problem = ProblemMappers.problem(request, HttpServletResponse.SC_UNAUTHORIZED, Texts.text(detailKey));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE.toString());
        byte[] body = Json.JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
