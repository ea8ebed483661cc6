package app.atelier.customtemplate;

import app.atelier.template.Area;
import java.util.List;

/**
 * A template as a facilitator writes it, and as it is exported and imported: its name, its zones with their labels,
 * hints, colour and typed fields, the agenda, and optionally the layout (without one, zones are laid out three to a
 * row). Labels are in the maker's words, the same in every language.
 */
public record TemplateDefinition(String name, Integer columns, Integer rows, List<String> agenda,
                                 List<ZoneSpec> zones) {
    public record ZoneSpec(String id, String label, String hint, String color, Area area, List<FieldSpec> fields) {
    }

    public record FieldSpec(String id, String label, String hint, Boolean main) {
    }
}
