package org.lowshire.portal.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.jboss.logging.Logger;

/**
 * Migrates the schema with Flyway before Hibernate validates it.
 *
 * <p>The persistence unit starts before any CDI observer could run Flyway, so this runs inside Hibernate's
 * bootstrap. Migrations run as the schema owner ({@code PortalMigrationDS}); the application's own role
 * ({@code PortalDS}) only receives the rights the migrations grant it, named by the {@code appRole} placeholder.
 */
public class FlywayIntegrator implements Integrator {

    static final String MIGRATION_DS = "java:jboss/datasources/PortalMigrationDS";
    static final String APP_DS = "java:jboss/datasources/PortalDS";
    private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class);

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        try {
            DataSource owner = lookup(MIGRATION_DS);
            String appRole = currentUser(lookup(APP_DS));
            var result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(owner)
                    .schemas("portal")
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("appRole", appRole))
                    .load()
                    .migrate();
            LOG.infof(
                    "Schema at version %s (%d migrations applied)",
                    result.targetSchemaVersion, result.migrationsExecuted);
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException(
                    "Database migration could not start: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory,
            org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release: Flyway holds no resources after migrate().
    }

    private static DataSource lookup(String name) throws NamingException {
        return (DataSource) new InitialContext().lookup(name);
    }

    private static String currentUser(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
