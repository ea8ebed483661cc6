package app.atelier.customtemplate.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.PartForRoles;
import app.atelier.customtemplate.CustomTemplateService;
import com.vaadin.flow.component.button.Button;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Save as template" in the facilitators' row: this board's zones, fields, layout and agenda become a template. */
@Component
@Order(60)
class SaveAsTemplateContribution implements BoardPageContribution {
    private final CustomTemplateService templates;

    SaveAsTemplateContribution(CustomTemplateService templates) {
        this.templates = templates;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return PartForRoles.facilitatorTools(() -> {
            Button save = new Button();
            save.setId("save-as-template");
            save.setText(save.getTranslation("templates.saveAs"));
            save.addClickListener(e -> new SaveAsTemplateDialog(templates, page).open());
            return save;
        }, (save, session) -> save.setVisible(page.viewer().isAccount()));
    }
}
