package org.lowshire.portal.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** A set of codes (agency codes, say) as one sorted, comma-separated column. */
@Converter
public class TextSetColumn implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", new TreeSet<>(values));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        var out = new TreeSet<String>();
        if (column != null && !column.isBlank()) {
            out.addAll(Arrays.asList(column.split(",")));
        }
        return out;
    }
}
