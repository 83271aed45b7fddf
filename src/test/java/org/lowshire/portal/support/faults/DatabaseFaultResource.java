package org.lowshire.portal.support.faults;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Test-only: database errors whose failing row carries the caller's marker text, once as a single statement through
 * JPA and once as a JDBC batch, the two ways a driver or Hibernate would put a row's values in an error message.
 */
@Path("/test-faults/database")
public class DatabaseFaultResource {

    private static final String INSERT = "insert into portal.audit_alert (rule, actor_username, actor_agency,"
            + " window_start, window_end, event_count, raised_at, status)"
            + " values ('BULK_VIEWS', ?, 'CSC', now(), now(), 1, now(), 'BROKEN')";

    @PersistenceContext
    EntityManager em;

    @Inject
    MarkerWrites writes;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @POST
    @Path("/statement")
    @Transactional
    public String statement(@QueryParam("marker") String marker) {
        em.createNativeQuery(INSERT.replace("?", "?1")).setParameter(1, marker).executeUpdate();
        return "not reached";
    }

    /** Every entity the portal maps, by its simple name. */
    @GET
    @Path("/entities")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> entities() {
        return em.getMetamodel().getEntities().stream()
                .map(e -> e.getJavaType().getSimpleName())
                .sorted()
                .toList();
    }

    /** Writes an entity with the marker in every text field: see {@link MarkerWrites}. */
    @POST
    @Path("/entity/{name}")
    public String entity(@PathParam("name") String name, @QueryParam("marker") String marker) {
        return writes.write(name, marker);
    }

    @POST
    @Path("/batch")
    public String batch(@QueryParam("marker") String marker) throws SQLException {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement(INSERT)) {
            s.setString(1, marker);
            s.addBatch();
            s.executeBatch();
        }
        return "not reached";
    }
}
