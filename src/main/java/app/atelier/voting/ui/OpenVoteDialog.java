package app.atelier.voting.ui;

import app.atelier.base.InvalidInputException;
import app.atelier.board.VoteSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;

/** The facilitator's settings for a new dot-vote: budget per person, optional maximum per card, hidden totals. */
class OpenVoteDialog extends Dialog {
    record Settings(Integer budget, Integer maxPerCard, boolean hideTotals) {
    }

    final IntegerField budget = new IntegerField();
    final IntegerField maxPerCard = new IntegerField();
    final Checkbox hideTotals = new Checkbox();
    final Button open = new Button();

    OpenVoteDialog(Consumer<Settings> onOpen) {
        setHeaderTitle(getTranslation("vote.open"));
        budget.setId("vote-budget");
        budget.setLabel(getTranslation("vote.budget"));
        budget.setValue(VoteSettings.DEFAULT_BUDGET);
        budget.setMin(1);
        budget.setMax(VoteSettings.MAX_BUDGET);
        budget.setStepButtonsVisible(true);
        maxPerCard.setId("vote-max-per-card");
        maxPerCard.setLabel(getTranslation("vote.maxPerCard"));
        maxPerCard.setMin(1);
        maxPerCard.setClearButtonVisible(true);
        hideTotals.setId("vote-hide-totals");
        hideTotals.setLabel(getTranslation("vote.hideTotals"));
        open.setId("vote-open");
        open.setText(getTranslation("vote.open"));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClickListener(e -> {
            try {
                onOpen.accept(new Settings(budget.getValue(), maxPerCard.getValue(), hideTotals.getValue()));
                close();
            } catch (InvalidInputException error) {
                IntegerField field = "maxPerCard".equals(error.field()) ? maxPerCard : budget;
                field.setErrorMessage(getTranslation(error.messageKey(), error.args()));
                field.setInvalid(true);
            }
        });
        add(new VerticalLayout(budget, maxPerCard, hideTotals));
        getFooter().add(new Button(getTranslation("card.cancel"), e -> close()), open);
    }
}
