package org.lowshire.portal.shared;

import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Which records the current thread's flush was writing, so that an error log can name the entity and the id of a
 * failed write without any of its values: Hibernate's exceptions name only the SQL, never the entity instance. Each
 * thread remembers its last {@value #KEPT} persists, updates and removes (name and id only, noted by the default
 * entity listener); the correlation filter
 * forgets them at the start of every request, and {@link FailureLog} reads them when it logs a failure.
 */
public class WrittenRecords implements Integrator {

    static final int KEPT = 20;
    private static final ThreadLocal<Deque<Written>> RECENT = ThreadLocal.withInitial(ArrayDeque::new);
    private static final Map<String, String> ENTITY_OF_TABLE = new HashMap<>();
    private static final Map<String, String> TABLE_OF_ENTITY = new HashMap<>();
    private static final Map<Class<?>, Optional<Method>> PUBLIC_ID = new ConcurrentHashMap<>();
    private static volatile PersistenceUnitUtil units;

    /** One write: the entity's name and its id as text (ids are keys, never case content). */
    public record Written(String entity, String table, String id) {}

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            String table = bareTable(entity.getTable().getName());
            ENTITY_OF_TABLE.put(table, simpleName(entity.getEntityName()));
            TABLE_OF_ENTITY.put(entity.getEntityName(), table);
        }
        units = sessionFactory.getPersistenceUnitUtil();
    }

    /** The persistence unit's default entity listener (META-INF/orm.xml): notes each persist, update and remove. */
    public static class Listener {
        @PrePersist
        @PreUpdate
        @PreRemove
        void written(Object entity) {
            remember(org.hibernate.Hibernate.getClassLazy(entity).getName(), idOf(entity));
        }
    }

    /** The record's public id (its uuid) where it has one, else its database id; null before either exists. */
    static Object idOf(Object entity) {
        Method uuid = PUBLIC_ID
                .computeIfAbsent(entity.getClass(), WrittenRecords::publicIdGetter)
                .orElse(null);
        if (uuid != null) {
            try {
                Object value = uuid.invoke(entity);
                if (value != null) {
                    return value;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // fall back to the database id
            }
        }
        return units == null ? null : units.getIdentifier(entity);
    }

    private static Optional<Method> publicIdGetter(Class<?> type) {
        try {
            return Optional.of(type.getMethod("getUuid"));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        ENTITY_OF_TABLE.clear();
        TABLE_OF_ENTITY.clear();
        units = null;
        PUBLIC_ID.clear();
    }

    static void remember(String entityName, Object id) {
        Deque<Written> recent = RECENT.get();
        if (recent.size() == KEPT) {
            recent.removeFirst();
        }
        recent.addLast(new Written(
                simpleName(entityName), TABLE_OF_ENTITY.get(entityName), id == null ? null : id.toString()));
    }

    /** What this thread wrote since the request began, oldest first. */
    public static List<Written> recent() {
        return List.copyOf(RECENT.get());
    }

    /** Forgets this thread's writes: at the start of each request, and once a failure has been logged. */
    public static void forget() {
        RECENT.remove();
    }

    /** The entity mapped to a table (schema-qualified or not), or null when the portal maps no entity to it. */
    public static String entityOf(String table) {
        return table == null ? null : ENTITY_OF_TABLE.get(bareTable(table));
    }

    static String bareTable(String table) {
        if (table == null) {
            return null;
        }
        String bare = table.substring(table.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return bare.replace("\"", "");
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }
}
