package app.atelier.customtemplate.ui;

import static app.atelier.support.BoardPages.click;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.board.ui.HomeView;
import app.atelier.customtemplate.CustomTemplateService;
import app.atelier.support.BoardPageTests;
import app.atelier.template.BoardTemplate;
import app.atelier.workspace.WorkspaceService;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Making templates in the UI: from scratch in the editor, from a JSON export, and from a board. */
class TemplatesViewTest extends BoardPageTests {
    @Autowired
    CustomTemplateService templates;

    @Test
    void aTemplateWrittenInTheEditorIsOfferedOnTheHomePage() {
        BrowserlessUIContext ana = pages.window(workshop.account());
        TemplatesView view = ana.navigate(TemplatesView.class);
        ana.test(view.name).setValue("PESTEL");
        ana.test(view.zones).setValue("Politique | Ce que l’État décide\n\nÉconomique\nSocial | Les tendances");
        ana.test(view.create).click();

        assertThat(view.list.getElement().getTextRecursively()).contains("PESTEL");
        ana.navigate(HomeView.class);
        @SuppressWarnings("unchecked")
        Select<BoardTemplate> offered = ana.find(Select.class).withId("new-board-template").single();
        assertThat(offered.getListDataView().getItems().map(BoardTemplate::id))
                .anyMatch(id -> id.startsWith("custom-"));
    }

    @Test
    void anEditorWithoutZonesSaysSoAndAnImportedExportIsMade() {
        BrowserlessUIContext ana = pages.window(workshop.account());
        TemplatesView view = ana.navigate(TemplatesView.class);
        ana.test(view.name).setValue("Vide");
        ana.test(view.create).click();
        assertThat(view.zones.isInvalid()).isTrue();
        assertThat(view.zones.getErrorMessage()).contains("at least one zone");

        view.importJson(("{\"name\":\"Importé\",\"zones\":[{\"label\":\"Une zone\"}]}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(templates.madeFor(workshop.facilitator(), WorkspaceService.DEFAULT_ID))
                .extracting(t -> t.definition().name()).contains("Importé");
        view.importJson("pas du JSON".getBytes(StandardCharsets.UTF_8));
        assertThat(templates.madeFor(workshop.facilitator(), WorkspaceService.DEFAULT_ID)).hasSize(1);
    }

    @Test
    void aFacilitatorSavesTheBoardAsATemplate() {
        BrowserlessUIContext ana = pages.facilitator();
        click(ana, "save-as-template");
        SaveAsTemplateDialog dialog = ana.find(SaveAsTemplateDialog.class).single();
        ana.test(dialog.name).setValue("Notre mur des fails");
        ana.test(dialog.save).click();

        assertThat(templates.madeFor(workshop.facilitator(), WorkspaceService.DEFAULT_ID)).singleElement()
                .satisfies(t -> assertThat(t.definition().zones()).hasSize(3));
    }
}
