package app.atelier.board;

import app.atelier.base.InvalidInputException;
import app.atelier.base.UserText;
import app.atelier.template.BoardTemplate;
import app.atelier.template.ZoneDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rules every card write must pass, whatever its origin (UI or API). */
final class CardRules {
    static final int MAX_TEXT = 2_000;
    static final int MAX_TITLE = 120;

    private CardRules() {
    }

    static String title(String title) {
        return required("title", title, MAX_TITLE);
    }

    static ZoneDefinition zone(BoardTemplate template, String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            throw new InvalidInputException("zone", "error.zone.required");
        }
        return template.zone(zoneId).orElseThrow(() -> new InvalidInputException("zone", "error.zone.unknown",
                zoneId, String.join(", ", template.zones().stream().map(ZoneDefinition::id).toList())));
    }

    static String text(String text) {
        return required("text", text, MAX_TEXT);
    }

    /** Cleaned, something visible, at most {@code max} characters; messages {@code error.<field>.required/tooLong}. */
    private static String required(String field, String value, int max) {
        return UserText.required(field, value, max, "error." + field + ".required", "error." + field + ".tooLong");
    }

    /** Typed fields must be ones the zone defines; values are trimmed, blank means "clear". */
    static Map<String, String> fields(ZoneDefinition zone, Map<String, String> fields) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (fields == null) {
            return clean;
        }
        fields.forEach((key, value) -> {
            if (!zone.hasExtraField(key)) {
                throw new InvalidInputException("fields." + key, "error.field.unknown", key, zone.id());
            }
            clean.put(key, UserText.optional("fields." + key, value, MAX_TEXT, "error.text.tooLong"));
        });
        return clean;
    }

    static String color(String color) {
        return CardColor.fromId(color).map(CardColor::id).orElseThrow(() -> new InvalidInputException("color",
                "error.color.unknown", color, String.join(", ", CardColor.ids())));
    }

    static double coordinate(String field, Double value) {
        if (value == null || value.isNaN() || value < 0 || value > 1) {
            throw new InvalidInputException(field, "error.coordinate.range", field);
        }
        return value;
    }
}
