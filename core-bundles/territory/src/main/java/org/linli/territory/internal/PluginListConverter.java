package org.linli.territory.internal;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.AttributeConverter;

/** The plugins a district names, stored as one comma-separated column; none is no value. */
public class PluginListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> plugins) {
        return plugins == null || plugins.isEmpty() ? null : String.join(",", plugins);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(column.split(",")));
    }
}
