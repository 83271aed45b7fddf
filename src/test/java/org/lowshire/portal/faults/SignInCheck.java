package org.lowshire.portal.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.lowshire.portal.devstack.TestStack;

/** What a browser that is not signed in meets when it opens the portal: followed redirect by redirect. */
final class SignInCheck {

    record Outcome(int status, URI at, String body, boolean connectionRefused) {
        boolean friendlyPortalPage() {
            return !connectionRefused
                    && at.toString().startsWith(TestStack.config().appBaseUrl())
                    && status == 503
                    && body.contains("Sign-in is unavailable");
        }

        String describe() {
            if (connectionRefused) {
                return "sent on to " + at + ", which did not answer";
            }
            return status + " at " + at + (friendlyPortalPage() ? " (the portal's sign-in-unavailable page)" : "");
        }
    }

    private SignInCheck() {}

    static Outcome newBrowser() {
        var client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI at = URI.create(TestStack.config().appBaseUrl() + "/");
        for (int hops = 0; hops < 10; hops++) {
            HttpResponse<String> r;
            try {
                r = client.send(
                        HttpRequest.newBuilder(at)
                                .timeout(Duration.ofSeconds(15))
                                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return new Outcome(0, at, "", true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(0, at, "", true);
            }
            var location = r.headers().firstValue("Location");
            if (r.statusCode() / 100 != 3 || location.isEmpty()) {
                return new Outcome(r.statusCode(), at, r.body(), false);
            }
            at = at.resolve(location.get());
        }
        return new Outcome(0, at, "too many redirects", false);
    }
}
