package app.atelier.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One zone of a template. {@code fields} lists the typed fields of its cards; when empty a card is just its text.
 * Zone ids are part of the public API.
 */
public record ZoneDefinition(String id, String group, Area area, String defaultColor, List<FieldDefinition> fields) {
    public ZoneDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The field that is stored as the card's text, if the zone names one (a fail's {@code description}). */
    public Optional<FieldDefinition> mainField() {
        return fields.stream().filter(FieldDefinition::main).findFirst();
    }

    /** The typed fields stored beside the text. */
    public List<FieldDefinition> extraFields() {
        return fields.stream().filter(f -> !f.main()).toList();
    }

    /**
     * A card's typed fields in this zone's order: a card's map keeps no order (it is copied, and stored as a
     * document), while a sheet reads in the template's order. A key the zone does not define comes last.
     */
    public Map<String, String> inFieldOrder(Map<String, String> values) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (FieldDefinition field : extraFields()) {
            String value = values.get(field.id());
            if (value != null) {
                ordered.put(field.id(), value);
            }
        }
        values.forEach(ordered::putIfAbsent);
        return ordered;
    }

    public boolean hasExtraField(String fieldId) {
        return extraFields().stream().anyMatch(f -> f.id().equals(fieldId));
    }
}
