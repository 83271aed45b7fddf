package org.lowshire.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.access.MatrixRows.Call;
import org.lowshire.portal.access.MatrixRows.Row;
import org.lowshire.portal.devstack.DemoUsers;
import org.lowshire.portal.devstack.DemoUsers.DemoUser;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.request.RequestApiClient;
import org.lowshire.portal.security.Role;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;

/**
 * The access matrix: every route the code declares (JAX-RS methods by reflection, pages taking a record id, servlets
 * reading one) x every demo user x each fixture (a sent request and a withdrawn draft). The expected answer comes
 * from the policy itself ({@link RequestPolicy}, {@link PersonPolicy}, {@link ReportPolicy}) applied to the user's
 * identity as the realm states it; the table below says only how to call each route and which policy question it
 * asks. Allowed: no 401/403, no ACCESS_DENIED. Refused: 403, a new ACCESS_DENIED event by that user, and nothing
 * of the record in the body. Changes are sent with a stale version or an invalid body, so the fixtures never change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final RequestApiClient API = new RequestApiClient();
    static final String AUTHOR = "csc.practitioner";
    static final String AUTHOR_SUBJECT = "subject-of-the-author";

    private static List<DemoUser> users;
    private static List<MatrixFixture> fixtures;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void fixtures() throws Exception {
        users = DemoUsers.read(DemoUsers.realmFile(TestStack.config().projectDir()));
        fixtures = List.of(MatrixFixture.sentToPoliceAndHealth(API), MatrixFixture.withdrawnDraft(API));
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<String> discovered = Routes.discovered(TestStack.config().projectDir());
        var rows = new TreeSet<String>();
        MatrixRows.ALL.forEach(r -> rows.add(r.route()));
        var problems = new ArrayList<String>();
        for (String route : discovered) {
            if (!rows.contains(route)) {
                problems.add(
                        "Route without a row in AccessMatrixIT rows (MatrixRows.ALL) (add one: how to call it, which policy "
                                + "question it asks): " + route);
            }
        }
        for (String row : rows) {
            if (!discovered.contains(row)) {
                problems.add("Row for a route the code does not declare: " + row
                        + (MatrixRows.AWAITED.contains(row)
                                ? " (awaited: added on main after this branch was cut; passes once merged)"
                                : " (remove or rename the row)"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyUserGetsWhatThePolicySaysOnEveryRoute() throws Exception {
        long started = System.nanoTime();
        Set<String> discovered = Routes.discovered(TestStack.config().projectDir());
        users.forEach(u -> API.token(u.username()));
        var failures = java.util.Collections.synchronizedList(new ArrayList<String>());
        var skipped = new TreeSet<String>();
        MatrixRows.ALL.stream()
                .map(Row::route)
                .filter(r -> !discovered.contains(r))
                .forEach(skipped::add);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var counts = new ArrayList<java.util.concurrent.Future<int[]>>();
        try {
            for (DemoUser user : users) {
                counts.add(pool.submit(() -> callEveryRoute(user, discovered, failures)));
            }
            int calls = 0;
            int refusals = 0;
            for (var c : counts) {
                calls += c.get()[0];
                refusals += c.get()[1];
            }
            fixtures.forEach(f -> f.checkUnchanged(API, failures));
            long recordRoutes = MatrixRows.ALL.stream()
                    .filter(r -> discovered.contains(r.route()))
                    .filter(Row::perFixture)
                    .count();
            long roleRoutes = MatrixRows.ALL.stream()
                    .filter(r -> discovered.contains(r.route()))
                    .filter(r -> !r.perFixture())
                    .count();
            System.out.printf(
                    "Access matrix: %d routes discovered, %d rows (%d per record x %d fixtures + %d per "
                            + "user) x %d users = %d calls (%d refusals expected), %d failures, %.1f s; rows waiting for a "
                            + "route: %s%n",
                    discovered.size(),
                    recordRoutes + roleRoutes,
                    recordRoutes,
                    fixtures.size(),
                    roleRoutes,
                    users.size(),
                    calls,
                    refusals,
                    failures.size(),
                    (System.nanoTime() - started) / 1e9,
                    skipped);
            var sorted = new ArrayList<>(failures);
            java.util.Collections.sort(sorted);
            assertEquals(
                    List.of(),
                    sorted,
                    sorted.size() + " of " + calls + " calls differ from the policy:\n" + String.join("\n", sorted));
        } finally {
            pool.shutdownNow();
        }
    }

    /** One user through every row and fixture, in order, so their ACCESS_DENIED count is theirs alone. */
    private static int[] callEveryRoute(DemoUser user, Set<String> discovered, List<String> failures)
            throws java.sql.SQLException {
        int calls = 0;
        int refusals = 0;
        SignedInSession session = null;
        UserIdentity identity = identity(user);
        try (var db = java.sql.DriverManager.getConnection(
                TestStack.config().dbUrl(),
                org.lowshire.portal.devstack.EmbeddedDatabase.OWNER,
                org.lowshire.portal.devstack.EmbeddedDatabase.OWNER_PASSWORD)) {
            for (Row row : MatrixRows.ALL) {
                if (!discovered.contains(row.route())) {
                    continue;
                }
                for (MatrixFixture f :
                        row.perFixture() ? fixtures : java.util.Collections.<MatrixFixture>singletonList(null)) {
                    String path = f == null ? row.path() : f.fill(row.path());
                    if (path == null) {
                        continue;
                    }
                    boolean allowed = row.rule().allows(identity, f);
                    String record = f == null ? null : f.record(row.path());
                    long deniedBefore = denied(db, user.username());
                    long namingBefore = record == null ? 0 : naming(db, user.username(), record);
                    HttpResponse<String> answer;
                    if (row.call() == Call.SESSION) {
                        session = session == null ? SignedInSession.signIn(user.username(), user.password()) : session;
                        answer = session.get(path);
                    } else if (row.call() == Call.UPLOAD) {
                        answer = API.uploadTo(user.username(), path, "matrix.pdf", new byte[0]);
                    } else {
                        answer = api(
                                user.username(),
                                row.route().substring(0, row.route().indexOf(' ')),
                                path,
                                row.body());
                    }
                    calls++;
                    refusals += allowed ? 0 : 1;
                    long newDenials = denied(db, user.username()) - deniedBefore;
                    String where = row.route() + " [" + row.what() + "] as " + user.username() + " on "
                            + (f == null
                                    ? "-"
                                    : f.name() + " (" + RequestPolicy.relationship(identity, f.facts()) + ")")
                            + ": ";
                    check(where, allowed, row, answer, newDenials, f, failures);
                    if (!allowed
                            && newDenials > 0
                            && record != null
                            && naming(db, user.username(), record) == namingBefore) {
                        failures.add(where + "the ACCESS_DENIED event does not name the record " + record);
                    }
                }
            }
        }
        return new int[] {calls, refusals};
    }

    private static void check(
            String where,
            boolean allowed,
            Row row,
            HttpResponse<String> answer,
            long newDenials,
            MatrixFixture f,
            List<String> failures) {
        int status = answer.statusCode();
        String location = answer.headers().firstValue("Location").orElse("");
        if (allowed) {
            if (status == 401 || status == 403 || status >= 500) {
                failures.add(where + "allowed by the policy, got " + status + " " + abbreviate(answer.body()));
            } else if (location.startsWith(TestStack.config().keycloakUrl())) {
                failures.add(where + "allowed by the policy, but sent to sign in again: " + location);
            }
            if (newDenials != 0) {
                failures.add(where + "allowed by the policy, yet " + newDenials + " ACCESS_DENIED event(s)");
            }
            return;
        }
        if (status != 403) {
            failures.add(where + "refused by the policy, got " + status + " " + abbreviate(answer.body()));
        } else if (row.call() != Call.SESSION
                && !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add(where + "a refusal should be problem+json, was "
                    + answer.headers().firstValue("Content-Type").orElse("(none)"));
        }
        if (newDenials < 1) {
            failures.add(where + "refused (" + status + ") without an ACCESS_DENIED event by the user");
        }
        for (MatrixFixture any : f == null ? fixtures : List.of(f)) {
            for (String secret : any.secrets()) {
                if (answer.body().contains(secret)) {
                    failures.add(where + "the refusal's body contains " + secret);
                }
            }
        }
    }

    private static HttpResponse<String> api(String user, String method, String path, String body) {
        return Http.send(HttpRequest.newBuilder(URI.create(Http.appUrl(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + API.token(user))
                .header("Accept", "*/*")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static long denied(java.sql.Connection db, String user) throws java.sql.SQLException {
        try (var s = db.prepareStatement(
                "select count(*) from portal.audit_event where action = 'ACCESS_DENIED'" + " and actor_username = ?")) {
            s.setString(1, user);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** ACCESS_DENIED events by the user naming the record: as their target, or as the record a page was asked for. */
    private static long naming(java.sql.Connection db, String user, String record) throws java.sql.SQLException {
        try (var s = db.prepareStatement("select count(*) from portal.audit_event where action = 'ACCESS_DENIED'"
                + " and actor_username = ? and (target_id = ? or details::text like ?)")) {
            s.setString(1, user);
            s.setString(2, record);
            s.setString(3, "%\"record\": \"" + record + "\"%");
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The user as Keycloak states them; only the author shares the fixture's requester subject. */
    static UserIdentity identity(DemoUser u) {
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> r.roleName().equals(u.role())).forEach(roles::add);
        return new UserIdentity(
                u.username().equals(AUTHOR) ? AUTHOR_SUBJECT : "someone-else:" + u.username(),
                u.username(),
                u.displayName(),
                u.agency(),
                roles);
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }
}
