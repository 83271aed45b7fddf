package org.lowshire.portal.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lowshire.portal.security.OidcSettings;
import org.lowshire.portal.shared.FailureLog;

/**
 * Copies Keycloak's login, failed-login and logout events and its admin events (role changes, user changes) into
 * the audit trail every 15 seconds, so one trail answers "who signed in, and what did they see". Reads with the
 * {@code portal-audit-reader} service account (view-events); a cursor per source remembers how far it got, and moves
 * in the same transaction as the copied events. Keycloak expires its own events; the trail keeps them.
 */
@Singleton
public class KeycloakEventImport {

    static final String USER_EVENTS = "keycloak-events";
    static final String ADMIN_EVENTS = "keycloak-admin-events";
    private static final int PAGE = 500;
    private static final Logger LOG = Logger.getLogger(KeycloakEventImport.class);

    @Inject
    OidcSettings oidc;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "PORTAL_AUDIT_READER_CLIENT_ID", defaultValue = "portal-audit-reader")
    String clientId;

    @Inject
    @ConfigProperty(name = "PORTAL_AUDIT_READER_SECRET")
    Optional<String> secret;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private boolean warned;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void every15Seconds() {
        try {
            importNow();
        } catch (RuntimeException e) {
            FailureLog.job(LOG, "copying Keycloak's events into the trail (retried in 15 s)", e);
        }
    }

    /** Copies what is new; returns how many events were added to the trail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int importNow() {
        if (secret.isEmpty() || secret.get().isBlank()) {
            if (!warned) {
                LOG.warn(
                        "PORTAL_AUDIT_READER_SECRET is not set: Keycloak's login events are not copied into the trail");
                warned = true;
            }
            return 0;
        }
        String token = token();
        int added = copy(token, USER_EVENTS, "/events", this::userEvent);
        added += copy(token, ADMIN_EVENTS, "/admin-events", this::adminEvent);
        return added;
    }

    private interface Mapper {
        void record(JsonObject event);
    }

    private int copy(String token, String source, String path, Mapper mapper) {
        long cursor = cursor(source);
        List<JsonObject> fresh = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            JsonArray page = get(token, path + "?dateFrom=" + (cursor + 1) + "&first=" + first + "&max=" + PAGE);
            for (JsonValue v : page) {
                JsonObject event = v.asJsonObject();
                if (event.getJsonNumber("time").longValue() > cursor) {
                    fresh.add(event);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        fresh.sort(Comparator.comparingLong(e -> e.getJsonNumber("time").longValue()));
        fresh.forEach(mapper::record);
        if (!fresh.isEmpty()) {
            moveCursor(source, fresh.get(fresh.size() - 1).getJsonNumber("time").longValue());
        }
        return fresh.size();
    }

    private void userEvent(JsonObject e) {
        String type = e.getString("type", "");
        AuditAction action = switch (type) {
            case "LOGIN" -> AuditAction.LOGIN;
            case "LOGIN_ERROR" -> AuditAction.LOGIN_FAILED;
            case "LOGOUT", "LOGOUT_ERROR" -> AuditAction.LOGOUT;
            default -> AuditAction.UPDATE;
        };
        JsonObject details = e.containsKey("details") && !e.isNull("details") ? e.getJsonObject("details") : null;
        String username = details == null ? null : details.getString("username", null);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("source", "keycloak");
        d.put("keycloakType", type);
        putIfPresent(d, "clientId", e.getString("clientId", null));
        putIfPresent(d, "error", e.getString("error", null));
        var actor = new Actor(
                e.getString("userId", null),
                username,
                null,
                null,
                e.getString("sessionId", null) == null ? null : ActorResolver.sessionRef(e.getString("sessionId")),
                e.getString("ipAddress", null),
                null);
        audit.recordAs(
                actor,
                Instant.ofEpochMilli(e.getJsonNumber("time").longValue()),
                AuditEntry.of(action)
                        .outcome(type.endsWith("_ERROR") ? AuditOutcome.FAILED : AuditOutcome.SUCCESS)
                        .target("ACCOUNT", e.getString("userId", null), username)
                        .details(d));
    }

    private void adminEvent(JsonObject e) {
        JsonObject auth = e.containsKey("authDetails") ? e.getJsonObject("authDetails") : null;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("source", "keycloak-admin");
        putIfPresent(d, "operationType", e.getString("operationType", null));
        putIfPresent(d, "resourceType", e.getString("resourceType", null));
        putIfPresent(d, "resourcePath", e.getString("resourcePath", null));
        var actor = new Actor(
                auth == null ? null : auth.getString("userId", null),
                null,
                null,
                null,
                null,
                auth == null ? null : auth.getString("ipAddress", null),
                null);
        String path = e.getString("resourcePath", null);
        audit.recordAs(
                actor,
                Instant.ofEpochMilli(e.getJsonNumber("time").longValue()),
                AuditEntry.of(AuditAction.ADMIN_CHANGE)
                        .target("IDENTITY", path == null || path.length() <= 64 ? path : path.substring(0, 64), null)
                        .details(d));
    }

    private static void putIfPresent(Map<String, Object> d, String key, String value) {
        if (value != null) {
            d.put(key, value);
        }
    }

    private String token() {
        String body = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret.orElseThrow(), StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(oidc.issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return Json.createReader(new StringReader(send(request))).readObject().getString("access_token");
    }

    private JsonArray get(String token, String pathAndQuery) {
        String admin = oidc.issuer().replace("/realms/", "/admin/realms/");
        var request = HttpRequest.newBuilder(URI.create(admin + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        return Json.createReader(new StringReader(send(request))).readArray();
    }

    private String send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Keycloak could not be reached (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private long cursor(String source) {
        try (Connection c = dataSource.getConnection();
                var s = c.prepareStatement("select last_time from portal.audit_import_cursor where source = ?")) {
            s.setString(1, source);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the import cursor: " + e.getSQLState(), e);
        }
    }

    private void moveCursor(String source, long time) {
        try (Connection c = dataSource.getConnection();
                var s = c.prepareStatement(
                        "insert into portal.audit_import_cursor (source, last_time) values (?, ?) on conflict (source)"
                                + " do update set last_time = excluded.last_time, version = audit_import_cursor.version + 1")) {
            s.setString(1, source);
            s.setLong(2, time);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the import cursor: " + e.getSQLState(), e);
        }
    }
}
