package org.lowshire.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.lowshire.portal.shared.TextInput;

/**
 * The download servlets take a record id from the query string: one with NUL or another control character in it
 * names no record, so it is the 404 page, before any lookup (the database refuses NUL with an error).
 */
@WebFilter(
        urlPatterns = {
            "/requests/copy",
            "/requests/attachment",
            "/requests/consent-document",
            "/requests/consent-receipt"
        })
public class SafeParametersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean bad = request.getParameterMap().values().stream()
                .flatMap(Arrays::stream)
                .anyMatch(TextInput::hasControlCharacter);
        if (bad) {
            response.sendError(404);
            return;
        }
        chain.doFilter(request, response);
    }
}
