package app.atelier.template;

import java.util.List;
import java.util.Optional;

/** A board template is data: a grid, optional zone groups and the zones with their typed fields. */
public record BoardTemplate(String id, int columns, int rows, List<ZoneGroup> groups, List<ZoneDefinition> zones,
                            List<String> agenda, Scoring scoring, Capsule capsule, List<String> decisions) {
    /**
     * A time capsule (its board can be sealed until a reveal date): the zones whose cards are predictions, each to be
     * given what actually happened and a verdict once it opens.
     */
    public record Capsule(List<String> predictions) {
        public Capsule {
            predictions = predictions == null ? List.of() : List.copyOf(predictions);
        }

        public boolean predicts(String zoneId) {
            return predictions.contains(zoneId);
        }
    }

    /** A jury's scoring (a hackathon's pitches): the zones whose cards are scored, and the criteria, each 1 to 5. */
    public record Scoring(List<String> zones, List<String> criteria) {
        public Scoring {
            zones = zones == null ? List.of() : List.copyOf(zones);
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }

        public boolean scores(String zoneId) {
            return zones.contains(zoneId);
        }
    }

    /** The phases a session goes through unless the template proposes its own agenda. */
    public static final List<String> DEFAULT_AGENDA = List.of("write", "discuss", "vote", "decide");

    public BoardTemplate {
        groups = groups == null ? List.of() : List.copyOf(groups);
        zones = List.copyOf(zones);
        agenda = agenda == null || agenda.isEmpty() ? DEFAULT_AGENDA : List.copyOf(agenda);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** Whether a card in this zone is a decision by being there (Detox Day's keep, change, stop). */
    public boolean decides(String zoneId) {
        return decisions.contains(zoneId);
    }

    /** The jury's scoring, if this format has one. */
    public Optional<Scoring> jury() {
        return Optional.ofNullable(scoring).filter(s -> !s.criteria().isEmpty() && !s.zones().isEmpty());
    }

    /** The time capsule, if this format is one. */
    public Optional<Capsule> timeCapsule() {
        return Optional.ofNullable(capsule);
    }

    public String criterionLabelKey(String criterion) {
        return "template." + id + ".criterion." + criterion + ".label";
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
