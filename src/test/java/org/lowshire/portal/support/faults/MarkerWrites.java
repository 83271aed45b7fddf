package org.lowshire.portal.support.faults;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;

/**
 * Test-only: writes an entity with the marker in every text field and nothing else, so the database refuses it (a
 * required column is null, a check fails) on a row full of marker. Answers only if, unexpectedly, the write went
 * through (then rolled back).
 */
@ApplicationScoped
public class MarkerWrites {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Transactional
    public String write(String entity, String marker) {
        Class<?> type = em.getMetamodel().getEntities().stream()
                .filter(e -> e.getJavaType().getSimpleName().equals(entity))
                .findFirst()
                .orElseThrow(NotFoundException::new)
                .getJavaType();
        Object record = MarkerRecords.filled(type, marker);
        em.persist(record);
        em.flush();
        // Nothing required was missing (every column may be null): write the same row again, which its key refuses.
        var persister = (AbstractEntityPersister) em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(type);
        String table = persister.getTableName();
        em.createNativeQuery("insert into " + table + " select * from " + table + " where "
                        + persister.getIdentifierColumnNames()[0] + " = ?1")
                .setParameter(
                        1, em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(record))
                .executeUpdate();
        transactions.setRollbackOnly();
        return "written without an error";
    }
}
