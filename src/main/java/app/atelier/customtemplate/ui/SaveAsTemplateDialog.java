package app.atelier.customtemplate.ui;

import app.atelier.base.InvalidInputException;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.customtemplate.CustomTemplate;
import app.atelier.customtemplate.CustomTemplateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/** Names the template made from this board, and says whether everyone may use it. */
class SaveAsTemplateDialog extends Dialog {
    final TextField name = new TextField();
    final Checkbox shared = new Checkbox();
    final Button save = new Button();

    SaveAsTemplateDialog(CustomTemplateService templates, BoardPageContext page) {
        setHeaderTitle(getTranslation("templates.saveAs"));
        name.setId("template-name");
        name.setLabel(getTranslation("templates.name"));
        name.setValue(page.session().getTitle());
        name.setMaxLength(120);
        name.setWidthFull();
        shared.setId("template-shared");
        shared.setLabel(getTranslation("templates.shared"));
        save.setId("template-save");
        save.setText(getTranslation("templates.saveAs"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> page.act(() -> {
            try {
                CustomTemplate made = templates.saveBoard(page.viewer(), page.boardId(), name.getValue(),
                        shared.getValue());
                Notification.show(getTranslation("templates.created", made.definition().name()));
                close();
            } catch (InvalidInputException refused) {
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
                name.setInvalid(true);
            }
        }));
        add(name, shared);
        getFooter().add(new Button(getTranslation("card.cancel"), e -> close()), save);
    }
}
