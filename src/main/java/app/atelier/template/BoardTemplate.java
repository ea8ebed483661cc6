package app.atelier.template;

import java.util.List;
import java.util.Optional;

/** A board template is data: a grid, optional zone groups and the zones with their typed fields. */
public record BoardTemplate(String id, int columns, int rows, List<ZoneGroup> groups, List<ZoneDefinition> zones,
                            List<String> agenda) {
    /** The phases a session goes through unless the template proposes its own agenda. */
    public static final List<String> DEFAULT_AGENDA = List.of("write", "discuss", "vote", "decide");

    public BoardTemplate {
        groups = groups == null ? List.of() : List.copyOf(groups);
        zones = List.copyOf(zones);
        agenda = agenda == null || agenda.isEmpty() ? DEFAULT_AGENDA : List.copyOf(agenda);
    }

    public Optional<ZoneDefinition> zone(String zoneId) {
        return zones.stream().filter(z -> z.id().equals(zoneId)).findFirst();
    }

    /** Message keys: every label and hint lives in the i18n bundles under these keys. */
    public String nameKey() {
        return "template." + id + ".name";
    }

    public String zoneLabelKey(String zoneId) {
        return "template." + id + ".zone." + zoneId + ".label";
    }

    public String zoneHintKey(String zoneId) {
        return "template." + id + ".zone." + zoneId + ".hint";
    }

    public String fieldLabelKey(String fieldId) {
        return "template." + id + ".field." + fieldId + ".label";
    }

    public String fieldHintKey(String fieldId) {
        return "template." + id + ".field." + fieldId + ".hint";
    }

    public String groupLabelKey(String groupId) {
        return "template." + id + ".group." + groupId;
    }
}
