package app.atelier.customtemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.customtemplate.TemplateDefinition.FieldSpec;
import app.atelier.customtemplate.TemplateDefinition.ZoneSpec;
import app.atelier.security.Actor;
import app.atelier.support.People;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import app.atelier.template.Area;
import app.atelier.template.BoardTemplate;
import app.atelier.template.TemplateCatalog;
import app.atelier.workspace.WorkspaceService;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Templates facilitators make: from scratch, from a board, exported and imported; who may use them; bad ones. */
@SpringBootTest
class CustomTemplateServiceTest {
    @Autowired
    CustomTemplateService templates;
    @Autowired
    TemplateCatalog catalog;
    @Autowired
    BoardService boards;
    @Autowired
    I18NProvider i18n;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    People people;
    @Autowired
    Workshops workshops;

    private Actor fanny;
    private Actor sam;

    @BeforeEach
    void setUp() {
        fanny = people.account("Fanny").actor();
        sam = people.account("Sam").actor();
    }

    private static TemplateDefinition pestel() {
        return new TemplateDefinition("PESTEL", null, null, null, List.of(
                new ZoneSpec(null, "Politique", "Ce que l’État décide", null, null, null),
                new ZoneSpec(null, "Économique", null, "green", null,
                        List.of(new FieldSpec(null, "Constat", "Ce que l’on voit", true),
                                new FieldSpec(null, "Source", null, false))),
                new ZoneSpec(null, "Social", null, null, null, null),
                new ZoneSpec(null, "Technologique", null, null, null, null)));
    }

    @Test
    void aTemplateWrittenFromScratchIsLaidOutAndBoardsAreMadeFromIt() {
        CustomTemplate made = templates.create(fanny, null, pestel(), false);

        Board board = boards.createBoard(fanny, "Analyse 2027", made.id());
        BoardTemplate template = boards.templateOf(board);
        assertThat(template.zones()).extracting(z -> z.id()).containsExactly("z1", "z2", "z3", "z4");
        assertThat(template.columns()).isEqualTo(3);
        assertThat(template.rows()).isEqualTo(2);
        assertThat(template.zone("z4").orElseThrow().area()).isEqualTo(new Area(1, 2, 1, 1));
        assertThat(template.agenda()).isEqualTo(BoardTemplate.DEFAULT_AGENDA);
        assertThat(template.zone("z2").orElseThrow().mainField()).isPresent();
        assertThat(i18n.getTranslation(template.zoneLabelKey("z2"), Locale.ENGLISH)).isEqualTo("Économique");
        assertThat(i18n.getTranslation(template.nameKey(), Locale.FRENCH)).isEqualTo("PESTEL");
        assertThat(i18n.getTranslation(template.fieldHintKey("f1"), Locale.FRENCH)).isEqualTo("Ce que l’on voit");
        assertThat(i18n.getTranslation(template.zoneHintKey("z3"), Locale.FRENCH)).as("no hint: nothing shown")
                .isEmpty();
    }

    @Test
    void aPrivateTemplateIsItsMakersAndASharedOneEveryones() {
        CustomTemplate mine = templates.create(fanny, null, pestel(), false);
        CustomTemplate ours = templates.create(fanny, null, pestel(), true);

        assertThatThrownBy(() -> boards.createBoard(sam, "Pas à moi", mine.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("template"));
        assertThat(boards.createBoard(sam, "Partagé", ours.id()).getTemplateId()).isEqualTo(ours.id());
        assertThat(catalog.availableTo(sam.id(), WorkspaceService.DEFAULT_ID)).extracting(BoardTemplate::id)
                .contains(ours.id())
                .doesNotContain(mine.id()).contains("swot");
        assertThatThrownBy(() -> templates.export(sam, mine.id(), Locale.FRENCH))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBoardSavedAsATemplateKeepsItsZonesFieldsLayoutAndAgenda() {
        Workshop mur = workshops.start("Ana", "Mur T1", "mur-des-fails");
        Actor paul = mur.guest("Paul", Role.PARTICIPANT);
        assertThatThrownBy(() -> templates.saveBoard(paul, mur.id(), "Le mien", false))
                .isInstanceOf(ForbiddenException.class);

        CustomTemplate made = templates.saveBoard(mur.facilitator(), mur.id(), "Notre mur", true);

        BoardTemplate original = catalog.require("mur-des-fails");
        BoardTemplate copy = catalog.require(made.id());
        assertThat(copy.zones()).isEqualTo(original.zones());
        assertThat(copy.agenda()).isEqualTo(original.agenda());
        assertThat(i18n.getTranslation(copy.fieldLabelKey("lessons"), Locale.FRENCH))
                .as("in the board's language, English here, whatever the reader's").isEqualTo("Lessons learned");
    }

    @Test
    void anExportComesBackAsTheSameTemplate() {
        TemplateDefinition swot = templates.export(fanny, "swot", Locale.FRENCH);
        assertThat(swot.zones()).extracting(ZoneSpec::label).containsExactly("Forces", "Faiblesses", "Opportunités",
                "Menaces");

        CustomTemplate imported = templates.create(sam, null, swot, false);

        assertThat(catalog.require(imported.id()).zones()).isEqualTo(catalog.require("swot").zones());
        assertThat(templates.export(sam, imported.id(), Locale.ENGLISH)).isEqualTo(
                new TemplateDefinition("SWOT (FFOM)", 2, 2, swot.agenda(), swot.zones()));
    }

    @Test
    void badTemplatesAreRefusedWithTheirFieldAndNothingIsStored() {
        long before = mongo.getCollection("custom_templates").countDocuments();
        TemplateDefinition good = pestel();
        refused(d -> new TemplateDefinition("Vide", null, null, null, List.of()), "zones", "error.template.noZones");
        refused(d -> new TemplateDefinition("Trop", null, null, null, Collections.nCopies(21,
                new ZoneSpec(null, "Z", null, null, null, null))), "zones", "error.template.tooManyZones");
        refused(d -> new TemplateDefinition(" ", null, null, null, d.zones()), "name", "error.template.name");
        refused(d -> withZone(d, new ZoneSpec(null, "  ", null, null, null, null)), "zones[0].label",
                "error.template.label");
        refused(d -> withZone(d, new ZoneSpec(null, "Z", null, "gold", null, null)), "zones[0].color",
                "error.color.unknown");
        refused(d -> withZone(d, new ZoneSpec("Z Z", "Z", null, null, null, null)), "zones[0].id", "error.template.id");
        refused(d -> withZone(d, new ZoneSpec(null, "Z", null, null, null, List.of(new FieldSpec(null, "A", null,
                true), new FieldSpec(null, "B", null, true)))), "zones[0].fields[1].main", "error.template.twoMain");
        refused(d -> new TemplateDefinition("Ordre", null, null, List.of("vote", "write"), d.zones()), "agenda",
                "error.template.agenda");
        refused(d -> new TemplateDefinition("Ordre", null, null, List.of("write", "brainstorm"), d.zones()),
                "agenda[1]", "error.template.agenda");
        refused(d -> new TemplateDefinition("Grille", 2, 1, null, List.of(new ZoneSpec("a", "A", null, null,
                new Area(2, 1, 2, 1), null))), "zones[0].area", "error.template.area");
        assertThatThrownBy(() -> templates.create(people.guest(fanny, boards.createBoard(fanny, "x", "swot").getId(),
                Role.PARTICIPANT, "Invité"), null, good, false)).isInstanceOf(ForbiddenException.class);

        assertThat(mongo.getCollection("custom_templates").countDocuments()).isEqualTo(before);
    }

    private void refused(UnaryOperator<TemplateDefinition> bad, String field, String key) {
        assertThatThrownBy(() -> templates.create(fanny, null, bad.apply(pestel()), false)).as(field)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    private static TemplateDefinition withZone(TemplateDefinition d, ZoneSpec first) {
        return new TemplateDefinition(d.name(), null, null, null, List.of(first));
    }
}
