package org.lowshire.portal.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every integration test uses: the real WAR the build produced. */
public final class Deployments {

    private Deployments() {
    }

    /** The WAR as built, for tests that drive it from outside (HTTP, browser). */
    public static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    /** The WAR plus the test classes, for tests that run inside the server. */
    public static WebArchive portalWith(Class<?>... testClasses) {
        return portal().addClasses(testClasses);
    }
}
