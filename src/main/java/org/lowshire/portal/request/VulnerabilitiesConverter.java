package org.lowshire.portal.request;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Vulnerability flags as one sorted, comma-separated column, so the set is one field in the history. */
@Converter
public class VulnerabilitiesConverter implements AttributeConverter<Set<Vulnerability>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Vulnerability> flags) {
        return flags == null || flags.isEmpty()
                ? null
                : flags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Vulnerability> convertToEntityAttribute(String column) {
        Set<Vulnerability> out = EnumSet.noneOf(Vulnerability.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Vulnerability::valueOf).forEach(out::add);
        }
        return out;
    }
}
