package org.lowshire.portal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;

/**
 * The load's HTTP calls: bearer tokens (renewed every two minutes while Keycloak answers, kept when it does not), short
 * timeouts, and a failed call as an answer with status 0 instead of an exception, so a client can retry.
 */
final class HarnessApi {

    /** What came back; status 0 when nothing did (refused, reset, timed out). */
    record Answer(int status, String body, Map<String, java.util.List<String>> headers) {
        boolean ok() {
            return status == 200 || status == 201;
        }

        JsonNode json() {
            return Tokens.json(body);
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private record Token(String value, Instant at) {}

    private static final Duration RENEW_AFTER = Duration.ofMinutes(2);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    String token(String user) {
        Token held = tokens.get(user);
        if (held != null && held.at().plus(RENEW_AFTER).isAfter(Instant.now())) {
            return held.value();
        }
        try {
            var fresh = new Token(Tokens.accessToken(user), Instant.now());
            tokens.put(user, fresh);
            return fresh.value();
        } catch (RuntimeException keycloakDown) {
            if (held == null) {
                throw keycloakDown;
            }
            return held.value();
        }
    }

    /** A JSON call; {@code key} adds an Idempotency-Key. */
    Answer call(String user, String method, String path, String body, String key) {
        var builder = HttpRequest.newBuilder(URI.create(Http.appUrl(path)))
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        try {
            builder.header("Authorization", "Bearer " + token(user));
            var r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException | RuntimeException e) {
            return new Answer(0, e.getClass().getSimpleName(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", Map.of());
        }
    }
}
