package org.lowshire.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.agency.Sector;
import org.lowshire.portal.support.Deployments;

/** Inside the server, on the real PostgreSQL: Flyway built the schema, and the app's role only has data rights. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(SchemaIT.class);
    }

    @Inject
    AgencyDirectory agencies;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource app;

    @Test
    void theAgenciesOfThePartnershipAreReferenceData() {
        assertEquals(8, agencies.all().size());
        assertEquals(Sector.POLICE, agencies.byCode("POLICE").orElseThrow().getSector());
        assertEquals("Lowshire MAPPA Unit", agencies.nameOf("MAPPA"));
        assertEquals("UNKNOWN", agencies.nameOf("UNKNOWN"), "an unknown code is shown as itself");
    }

    @Test
    void theApplicationRoleCannotChangeTheSchema() throws SQLException {
        try (var c = app.getConnection();
                var s = c.createStatement()) {
            try (var rs = s.executeQuery("select current_user")) {
                rs.next();
                assertEquals("portal_app", rs.getString(1));
            }
            assertThrows(SQLException.class, () -> s.execute("create table portal.intruder (id int)"));
            assertThrows(SQLException.class, () -> s.execute("drop table portal.agency"));
        }
    }

    @Resource(lookup = "java:jboss/datasources/PortalMigrationDS")
    DataSource owner;

    @Test
    void flywayAppliedEveryMigrationSuccessfully() throws SQLException {
        try (var c = owner.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("select count(*) filter (where type = 'SQL' and success), "
                        + "count(*) filter (where not success) from portal.flyway_schema_history")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 2, "versioned migrations applied");
            assertEquals(0, rs.getInt(2), "no failed migration");
        }
    }
}
