package org.lowshire.portal.support.faults;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test-only: an instance of any entity with the marker in every text field (its embedded values' too), cut to each
 * column's declared length, and nothing else set, so that writing it fails in the database on a row full of marker.
 */
public final class MarkerRecords {

    private MarkerRecords() {}

    static Object filled(Class<?> type, String marker) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            fill(instance, type, marker);
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getSimpleName(), e);
        }
    }

    private static void fill(Object instance, Class<?> type, String marker) throws ReflectiveOperationException {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                if (field.getType() == String.class && field.getName().equals("uuid")) {
                    field.set(instance, UUID.randomUUID().toString()); // an id, never content
                } else if (field.getType() == String.class) {
                    Column column = field.getAnnotation(Column.class);
                    int length = column == null ? Integer.MAX_VALUE : column.length();
                    field.set(instance, marker.length() <= length ? marker : marker.substring(0, length));
                } else if (field.getType() == UUID.class && field.isAnnotationPresent(Id.class)) {
                    if (field.get(instance) == null) {
                        field.set(instance, UUID.randomUUID());
                    }
                } else if ((field.getType() == Long.class || field.getType() == long.class)
                        && field.isAnnotationPresent(Id.class)
                        && !field.isAnnotationPresent(GeneratedValue.class)) {
                    field.set(instance, -1L - ThreadLocalRandom.current().nextLong(1_000_000_000L));
                } else if (field.getType().isAnnotationPresent(Embeddable.class)) {
                    Object embedded = field.get(instance);
                    if (embedded == null) {
                        var constructor = field.getType().getDeclaredConstructor();
                        constructor.setAccessible(true);
                        embedded = constructor.newInstance();
                        field.set(instance, embedded);
                    }
                    fill(embedded, field.getType(), marker);
                }
            }
        }
    }
}
