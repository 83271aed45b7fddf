package org.lowshire.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.devstack.DemoUsers;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.request.RequestApiClient;
import org.lowshire.portal.support.Deployments;

/**
 * One signed-in browser session asking for the same pages 50 times at once (a user with many tabs, a double
 * click, a reload storm) gave HTTP 500s on the request page. Every answer must be the page itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentSessionIT {

    private static final RequestApiClient API = new RequestApiClient();
    private static final int CONCURRENT = 50;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void fiftyConcurrentRequestsOnOneSessionAreAllAnswered() throws Exception {
        String id = API.submittedRequest("OFFICIAL");
        String person = API.personOf(id);
        String answering = API.acknowledgedRequestAbout(person, "POLICE", "OFFICIAL");
        var requester = session("csc.practitioner");
        for (String page : List.of(
                "/requests/view.xhtml?id=" + id,
                "/requests/history.xhtml?id=" + id,
                "/requests/person.xhtml?id=" + person,
                "/")) {
            assertEquals(Map.of(200, CONCURRENT), concurrently(requester, page), page + ": status → count");
        }
        String respond = "/requests/respond.xhtml?id=" + answering;
        assertEquals(Map.of(200, CONCURRENT), concurrently(session("police.practitioner"), respond), respond);
    }

    private static SignedInSession session(String username) throws java.io.IOException {
        var user = DemoUsers.byUsername(DemoUsers.realmFile(TestStack.config().projectDir()), username);
        return SignedInSession.signIn(username, user.password());
    }

    private static Map<Integer, Integer> concurrently(SignedInSession session, String page) throws Exception {
        var pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            var start = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                Callable<Integer> call = () -> {
                    start.await();
                    return session.get(page).statusCode();
                };
                calls.add(pool.submit(call));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (var call : calls) {
                statuses.merge(call.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
