package app.atelier.board.ui;

import app.atelier.base.InvalidInputException;
import app.atelier.participant.CurrentParticipant;
import app.atelier.participant.Participant;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Asked once per browser session, before joining a board: the name the others will see. */
class NameDialog extends Dialog {
    final TextField name = new TextField();
    final Button join = new Button();

    NameDialog(Consumer<Participant> onJoined) {
        setHeaderTitle(getTranslation("name.dialog.title"));
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        name.setId("display-name");
        name.setLabel(getTranslation("name.dialog.label"));
        name.setMaxLength(Participant.MAX_NAME);
        name.setRequired(true);
        name.setWidthFull();
        join.setId("join-board");
        join.setText(getTranslation("name.dialog.join"));
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClickShortcut(Key.ENTER);
        join.addClickListener(e -> {
            try {
                Participant participant = CurrentParticipant.set(name.getValue());
                close();
                onJoined.accept(participant);
            } catch (InvalidInputException error) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(error.messageKey(), error.args()));
            }
        });
        add(new Paragraph(getTranslation("name.dialog.text")), name);
        getFooter().add(join);
        addOpenedChangeListener(e -> name.focus());
    }
}
