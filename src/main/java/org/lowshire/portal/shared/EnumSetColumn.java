package org.lowshire.portal.shared;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of enum values as one sorted, comma-separated column, so the set is one field in the history. Subclass per
 * enum and annotate the subclass with {@code @Converter}.
 */
public abstract class EnumSetColumn<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected EnumSetColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        Set<E> out = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(s -> Enum.valueOf(type, s)).forEach(out::add);
        }
        return out;
    }
}
