package app.atelier.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.base.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TemplateCatalogTest {
    private final TemplateCatalog catalog = new TemplateCatalog(JsonMapper.builder().build());

    @Test
    void theTemplatesKeepTheirPublicZoneIds() {
        assertThat(catalog.all()).extracting(BoardTemplate::id)
                .containsExactly("value-proposition", "brand-promise", "mur-des-fails", "swot", "aarrr", "detox-day",
                        "shadow-cmo-debrief", "hackathon-pitch", "time-capsule");
        assertThat(zoneIds("value-proposition")).containsExactlyInAnyOrder(
                "customer-jobs", "pains", "gains", "products-services", "pain-relievers", "gain-creators");
        assertThat(zoneIds("brand-promise")).containsExactlyInAnyOrder(
                "audience", "insight", "promise", "proofs", "narrative", "tone", "amplifiers");
        assertThat(zoneIds("mur-des-fails")).containsExactly("fails", "patterns", "golden-rules");
        assertThat(zoneIds("swot")).containsExactly("strengths", "weaknesses", "opportunities", "threats");
        assertThat(zoneIds("aarrr")).containsExactly("acquisition", "activation", "retention", "referral", "revenue",
                "experiments");
        assertThat(zoneIds("detox-day")).containsExactly("actions", "keep", "change", "stop");
        assertThat(zoneIds("hackathon-pitch")).containsExactly("challenges", "pitches");
        assertThat(catalog.require("hackathon-pitch").jury().orElseThrow().criteria())
                .containsExactly("impact", "feasibility", "creativity", "delivery");
        assertThat(catalog.require("swot").jury()).isEmpty();
        assertThat(zoneIds("time-capsule")).containsExactly("predictions", "kpis", "screenshots", "briefs", "feedback",
                "abandoned", "competitors");
        assertThat(catalog.require("time-capsule").timeCapsule().orElseThrow().predictions())
                .containsExactly("predictions");
        assertThat(catalog.require("swot").timeCapsule()).isEmpty();
        assertThat(zoneIds("shadow-cmo-debrief")).containsExactly("decisions", "strengths", "improvements",
                "next-steps");
    }

    @Test
    void aDetoxActionKeepsItsQuestionsWhicheverDecisionZoneItMovesTo() {
        BoardTemplate detox = catalog.require("detox-day");
        for (String zone : List.of("actions", "keep", "change", "stop")) {
            assertThat(detox.zone(zone).orElseThrow().fields()).extracting(FieldDefinition::id).as(zone)
                    .containsExactly("action", "if-stopped", "habit-or-necessity", "alternative", "owner");
        }
    }

    @Test
    void aFailIsAnA3SheetWithDescriptionAsItsText() {
        ZoneDefinition fails = catalog.require("mur-des-fails").zone("fails").orElseThrow();
        assertThat(fails.mainField()).map(FieldDefinition::id).contains("description");
        assertThat(fails.extraFields()).extracting(FieldDefinition::id).containsExactly("context", "impact", "lessons");
        assertThat(catalog.require("mur-des-fails").zone("patterns").orElseThrow().fields()).isEmpty();
    }

    @Test
    void everyAgendaIsMadeOfKnownPhasesStartingWithWriting() {
        for (BoardTemplate t : catalog.all()) {
            assertThat(t.agenda()).as(t.id()).startsWith("write")
                    .allSatisfy(p -> assertThat(app.atelier.board.Phase.fromId(p)).isNotNull());
        }
        assertThat(catalog.require("brand-promise").agenda()).containsExactly("write", "discuss", "vote", "decide");
    }

    @Test
    void everyZoneSitsInsideItsGrid() {
        for (BoardTemplate t : catalog.all()) {
            for (ZoneDefinition z : t.zones()) {
                assertThat(z.area().col() + z.area().colSpan() - 1).as(z.id()).isLessThanOrEqualTo(t.columns());
                assertThat(z.area().row() + z.area().rowSpan() - 1).as(z.id()).isLessThanOrEqualTo(t.rows());
                assertThat(z.defaultColor()).as(z.id()).isNotBlank();
            }
        }
    }

    @Test
    void everyLabelAndHintExistsInFrenchAndEnglish() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
            for (String key : keys()) {
                assertThat(bundle.containsKey(key)).as(locale + " " + key).isTrue();
                assertThat(bundle.getString(key)).as(locale + " " + key).isNotBlank();
            }
        }
        ResourceBundle fr = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.FRENCH);
        assertThat(fr.getString("template.value-proposition.zone.pains.label")).isEqualTo("Douleurs");
    }

    @Test
    void anUnknownTemplateIsAnErrorNamingTheField() {
        assertThatThrownBy(() -> catalog.require("pestel"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("template"));
    }

    private List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (BoardTemplate t : catalog.all()) {
            keys.add(t.nameKey());
            t.groups().forEach(g -> keys.add(t.groupLabelKey(g.id())));
            for (ZoneDefinition z : t.zones()) {
                keys.add(t.zoneLabelKey(z.id()));
                keys.add(t.zoneHintKey(z.id()));
                z.fields().forEach(f -> {
                    keys.add(t.fieldLabelKey(f.id()));
                    keys.add(t.fieldHintKey(f.id()));
                });
            }
            t.jury().ifPresent(jury -> jury.criteria().forEach(c -> keys.add(t.criterionLabelKey(c))));
        }
        return keys;
    }

    private List<String> zoneIds(String template) {
        return catalog.require(template).zones().stream().map(ZoneDefinition::id).toList();
    }
}
