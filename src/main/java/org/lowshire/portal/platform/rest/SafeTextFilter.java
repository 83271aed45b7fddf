package org.lowshire.portal.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.shared.TextInput;
import org.lowshire.portal.shared.Texts;

/**
 * Refuses, before any resource runs, a call carrying NUL or another control character (tab and newline excepted) in
 * a path or query parameter or in any string of a JSON body: 400 problem+json naming each field, so nothing reaches
 * the database (which refuses NUL) and the caller learns which field to mend.
 */
@Provider
public class SafeTextFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        Map<String, String> bad = new LinkedHashMap<>();
        context.getUriInfo().getPathParameters().forEach((name, values) -> check(name, values, bad));
        context.getUriInfo().getQueryParameters().forEach((name, values) -> check(name, values, bad));
        if (context.hasEntity() && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            byte[] body = context.getEntityStream().readAllBytes();
            context.setEntityStream(new ByteArrayInputStream(body));
            if (body.length > 0) {
                jsonStrings(body, bad);
            }
        }
        if (!bad.isEmpty()) {
            context.abortWith(ProblemMappers.problem(request, 400, Texts.text("error.summary.title"))
                    .withErrors(bad)
                    .toResponse());
        }
    }

    private static void check(String name, List<String> values, Map<String, String> bad) {
        if (values.stream().anyMatch(TextInput::hasControlCharacter)) {
            bad.put(name, Texts.text(TextInput.CONTROL_CHARACTER));
        }
    }

    /** Every string value of the body, named by its nearest object key (array items by the array's key). */
    private static void jsonStrings(byte[] body, Map<String, String> bad) {
        Deque<String> names = new ArrayDeque<>();
        String key = null;
        try (JsonParser parser = Json.createParser(
                new java.io.StringReader(new String(body, java.nio.charset.StandardCharsets.UTF_8)))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case KEY_NAME -> key = parser.getString();
                    case START_OBJECT, START_ARRAY -> names.push(key == null ? "body" : key);
                    case END_OBJECT, END_ARRAY -> {
                        names.pop();
                        key = null;
                    }
                    case VALUE_STRING -> {
                        if (TextInput.hasControlCharacter(parser.getString())) {
                            bad.put(
                                    key != null ? key : names.isEmpty() ? "body" : names.peek(),
                                    Texts.text(TextInput.CONTROL_CHARACTER));
                        }
                    }
                    default -> {}
                }
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException notJson) {
            // malformed JSON is for the JSON binding to refuse, with its own 400
        }
    }
}
