package org.lowshire.portal.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.lowshire.portal.support.faults.AuditFixtureResource;
import org.lowshire.portal.support.faults.DatabaseFaultResource;
import org.lowshire.portal.support.faults.EscalationFixtureResource;
import org.lowshire.portal.support.faults.FaultyPage;
import org.lowshire.portal.support.faults.FaultyResource;
import org.lowshire.portal.support.faults.FaultyWritePage;
import org.lowshire.portal.support.faults.MarkerRecords;
import org.lowshire.portal.support.faults.MarkerWrites;

/** The one deployment every integration test uses: the real WAR the build produced. */
public final class Deployments {

    private Deployments() {}

    /** The WAR as built, for tests that drive it from outside (HTTP, browser). */
    public static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    /** The WAR plus test-only parts: a page and a REST resource that fail on purpose, and an audit fixture. */
    public static WebArchive portalWithFaults() {
        return portal().addClasses(
                        FaultyPage.class,
                        FaultyResource.class,
                        AuditFixtureResource.class,
                        DatabaseFaultResource.class,
                        MarkerWrites.class,
                        MarkerRecords.class,
                        FaultyWritePage.class,
                        EscalationFixtureResource.class)
                .addAsWebResource(
                        new StringAsset(
                                "<ui:composition template=\"/WEB-INF/templates/layout.xhtml\" "
                                        + "xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ui=\"jakarta.faces.facelets\">"
                                        + "<ui:define name=\"content\"><p>#{faultyPage.value}</p></ui:define></ui:composition>"),
                        "test-faulty.xhtml")
                .addAsWebResource(
                        new StringAsset(
                                "<ui:composition template=\"/WEB-INF/templates/layout.xhtml\" "
                                        + "xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ui=\"jakarta.faces.facelets\">"
                                        + "<ui:define name=\"content\"><p>#{faultyWritePage.value}</p></ui:define></ui:composition>"),
                        "test-faulty-write.xhtml");
    }

    /**
     * The WAR plus the test classes, for tests that run inside the server. Arquillian's test runner servlet is
     * opened in this test copy's web.xml (an exact pattern outranks the signed-in-only {@code /*}); the production
     * WAR is unchanged.
     */
    public static WebArchive portalWith(Class<?>... testClasses) {
        WebArchive war = portal().addClasses(testClasses).addClasses(Deployments.class);
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            String webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            war.setWebXML(new StringAsset(webXml.replace("</web-app>", RUNNER_OPEN + "</web-app>")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }

    private static final String RUNNER_OPEN = "<security-constraint><web-resource-collection>"
            + "<web-resource-name>arquillian</web-resource-name><url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
            + "</web-resource-collection></security-constraint>";
}
