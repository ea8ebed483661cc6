package app.atelier.board;

import app.atelier.access.AccessService;
import app.atelier.base.InvalidInputException;
import app.atelier.base.UserText;
import app.atelier.template.BoardTemplate;
import app.atelier.template.ZoneDefinition;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The rules every card write must pass, whatever its origin (UI, API or an import). */
public final class CardRules {
    public static final int MAX_TEXT = 2_000;
    public static final int MAX_TITLE = 120;
    public static final int MAX_GROUP_NAME = 60;
    public static final int MAX_EVIDENCE = 50;

    private CardRules() {
    }

    public static String title(String title) {
        return required("title", title, MAX_TITLE);
    }

    public static ZoneDefinition zone(BoardTemplate template, String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            throw new InvalidInputException("zone", "error.zone.required");
        }
        return template.zone(zoneId).orElseThrow(() -> new InvalidInputException("zone", "error.zone.unknown",
                zoneId, String.join(", ", template.zones().stream().map(ZoneDefinition::id).toList())));
    }

    public static String text(String text) {
        return required("text", text, MAX_TEXT);
    }

    /** Cleaned, something visible, at most {@code max} characters; messages {@code error.<field>.required/tooLong}. */
    private static String required(String field, String value, int max) {
        return UserText.required(field, value, max, "error." + field + ".required", "error." + field + ".tooLong");
    }

    /** Typed fields must be ones the zone defines; values are trimmed, blank means "clear". */
    public static Map<String, String> fields(ZoneDefinition zone, Map<String, String> fields) {
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

    public static String color(String color) {
        return CardColor.fromId(color).map(CardColor::id).orElseThrow(() -> new InvalidInputException("color",
                "error.color.unknown", color, String.join(", ", CardColor.ids())));
    }

    public static double coordinate(String field, Double value) {
        if (value == null || value.isNaN() || value < 0 || value > 1) {
            throw new InvalidInputException(field, "error.coordinate.range", field);
        }
        return value;
    }

    /** The name a card or comment is signed with: like a display name; {@code null} (anonymous) stays null. */
    public static String author(String name) {
        return name == null ? null
                : UserText.required("author", name, AccessService.MAX_NAME, "name.required", "name.required");
    }

    /** A group's name, cleaned; {@code null} when blank (the card belongs to no group). */
    public static String group(String name) {
        String clean = UserText.optional("group", name, MAX_GROUP_NAME, "error.group.name");
        return clean.isEmpty() ? null : clean;
    }

    /** The cards that back {@code cardId}: each once, each another card that {@code exists}. */
    public static List<String> evidence(String field, String cardId, List<String> ids, Predicate<String> exists) {
        Set<String> once = new LinkedHashSet<>(ids == null ? List.of() : ids);
        if (once.size() > MAX_EVIDENCE) {
            throw new InvalidInputException(field, "error.evidence.tooMany", MAX_EVIDENCE);
        }
        for (String id : once) {
            if (id == null || id.equals(cardId) || !exists.test(id)) {
                throw new InvalidInputException(field, "error.evidence.card", id);
            }
        }
        return List.copyOf(once);
    }

    /** A decision by its id; {@code null} clears it. */
    public static CardStatus status(String statusId) {
        CardStatus status = statusId == null ? null : CardStatus.fromId(statusId);
        if (statusId != null && status == null) {
            throw new InvalidInputException("status", "error.status.unknown");
        }
        return status;
    }

    /** A phase of the template's agenda. */
    public static Phase phase(BoardTemplate template, String phaseId) {
        Phase phase = Phase.fromId(phaseId);
        if (phase == null || !template.agenda().contains(phase.id())) {
            throw new InvalidInputException("phase", "error.phase.unknown", phaseId,
                    String.join(", ", template.agenda()));
        }
        return phase;
    }
}
