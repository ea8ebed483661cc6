package app.atelier.customtemplate;

import app.atelier.base.InvalidInputException;
import app.atelier.base.UserText;
import app.atelier.board.CardColor;
import app.atelier.board.Phase;
import app.atelier.customtemplate.TemplateDefinition.FieldSpec;
import app.atelier.customtemplate.TemplateDefinition.ZoneSpec;
import app.atelier.template.Area;
import app.atelier.template.BoardTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a definition the way the API checks everything: each bad value is refused with its field named, before
 * anything is stored; a good one comes back whole (ids and layout filled in).
 */
final class DefinitionRules {
    static final int MAX_ZONES = 20;
    static final int MAX_FIELDS = 8;
    static final int MAX_LABEL = 60;
    static final int MAX_HINT = 300;
    static final int MAX_GRID = 6;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private DefinitionRules() {
    }

    static TemplateDefinition check(TemplateDefinition given) {
        if (given == null) {
            throw new InvalidInputException("body", "error.json.malformed");
        }
        String name = UserText.required("name", given.name(), 120, "error.template.name", "error.template.name");
        if (given.zones() == null || given.zones().isEmpty()) {
            throw new InvalidInputException("zones", "error.template.noZones");
        }
        if (given.zones().size() > MAX_ZONES) {
            throw new InvalidInputException("zones", "error.template.tooManyZones", MAX_ZONES);
        }
        boolean laidOut = given.zones().stream().allMatch(z -> z != null && z.area() != null);
        int count = given.zones().size();
        int columns = laidOut ? grid("columns", given.columns()) : Math.min(count, 3);
        int rows = laidOut ? grid("rows", given.rows()) : (count + 2) / 3;
        Set<String> zoneIds = new HashSet<>();
        Set<String> fieldIds = new HashSet<>();
        List<ZoneSpec> zones = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ZoneSpec z = given.zones().get(i);
            String at = "zones[" + i + "]";
            if (z == null) {
                throw new InvalidInputException(at, "error.template.zone");
            }
            String id = id(at + ".id", z.id(), "z" + (i + 1), zoneIds);
            String label = UserText.required(at + ".label", z.label(), MAX_LABEL, "error.template.label",
                    "error.template.label");
            String hint = UserText.optional(at + ".hint", z.hint(), MAX_HINT, "error.template.hint");
            String color = z.color() == null ? CardColor.YELLOW.id() : color(at + ".color", z.color());
            Area area = laidOut ? area(at + ".area", z.area(), columns, rows)
                    : new Area(i % 3 + 1, i / 3 + 1, 1, 1);
            zones.add(new ZoneSpec(id, label, hint, color, area, fields(at, z.fields(), fieldIds)));
        }
        return new TemplateDefinition(name, columns, rows, agenda(given.agenda()), List.copyOf(zones));
    }

    private static List<FieldSpec> fields(String at, List<FieldSpec> given, Set<String> taken) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (given.size() > MAX_FIELDS) {
            throw new InvalidInputException(at + ".fields", "error.template.tooManyFields", MAX_FIELDS);
        }
        List<FieldSpec> fields = new ArrayList<>();
        boolean main = false;
        for (int j = 0; j < given.size(); j++) {
            FieldSpec f = given.get(j);
            String place = at + ".fields[" + j + "]";
            if (f == null) {
                throw new InvalidInputException(place, "error.template.field");
            }
            // a field id names the same field (and label) in every zone of the template
            String id = f.id() == null ? "f" + (taken.size() + 1) : f.id();
            if (!ID.matcher(id).matches()) {
                throw new InvalidInputException(place + ".id", "error.template.id");
            }
            taken.add(id);
            boolean isMain = Boolean.TRUE.equals(f.main());
            if (isMain && main) {
                throw new InvalidInputException(place + ".main", "error.template.twoMain");
            }
            main |= isMain;
            fields.add(new FieldSpec(id, UserText.required(place + ".label", f.label(), MAX_LABEL,
                    "error.template.label", "error.template.label"),
                    UserText.optional(place + ".hint", f.hint(), MAX_HINT, "error.template.hint"), isMain));
        }
        return List.copyOf(fields);
    }

    private static String id(String field, String given, String fallback, Set<String> taken) {
        String id = given == null ? fallback : given;
        if (!ID.matcher(id).matches()) {
            throw new InvalidInputException(field, "error.template.id");
        }
        if (!taken.add(id)) {
            throw new InvalidInputException(field, "error.template.sameId", id);
        }
        return id;
    }

    private static String color(String field, String color) {
        if (!CardColor.ids().contains(color)) {
            throw new InvalidInputException(field, "error.color.unknown", color, String.join(", ", CardColor.ids()));
        }
        return color;
    }

    private static int grid(String field, Integer value) {
        if (value == null || value < 1 || value > MAX_GRID) {
            throw new InvalidInputException(field, "error.template.grid", MAX_GRID);
        }
        return value;
    }

    private static Area area(String field, Area area, int columns, int rows) {
        boolean inside = area.col() >= 1 && area.row() >= 1 && area.colSpan() >= 1 && area.rowSpan() >= 1
                && area.col() + area.colSpan() - 1 <= columns && area.row() + area.rowSpan() - 1 <= rows;
        if (!inside) {
            throw new InvalidInputException(field, "error.template.area");
        }
        return area;
    }

    private static List<String> agenda(List<String> given) {
        if (given == null || given.isEmpty()) {
            return BoardTemplate.DEFAULT_AGENDA;
        }
        for (int i = 0; i < given.size(); i++) {
            String phase = given.get(i);
            if (phase == null || Phase.fromId(phase) == null || given.indexOf(phase) != i) {
                throw new InvalidInputException("agenda[" + i + "]", "error.template.agenda");
            }
        }
        if (!given.getFirst().equals(Phase.WRITE.id())) {
            throw new InvalidInputException("agenda", "error.template.agenda");
        }
        return List.copyOf(given);
    }
}
