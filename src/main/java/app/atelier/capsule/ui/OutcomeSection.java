package app.atelier.capsule.ui;

import app.atelier.access.Role;
import app.atelier.board.Card;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.capsule.Outcome;
import app.atelier.capsule.OutcomeService;
import app.atelier.capsule.Verdict;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;

/**
 * In an opened capsule, a prediction's sheet: what actually happened and the verdict, written by the prediction's
 * author or a facilitator, read by everyone.
 */
class OutcomeSection extends VerticalLayout implements CardSheetSection {
    final TextArea happened = new TextArea();
    final RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>();
    final Button save = new Button();

    OutcomeSection(OutcomeService outcomes, BoardPageContext page, Card card) {
        setPadding(false);
        addClassName("capsule-outcome");
        Optional<Outcome> recorded = outcomes.outcome(page.viewer(), page.boardId(), card.getId());
        happened.setId("capsule-happened");
        happened.setLabel(getTranslation("capsule.happened"));
        happened.setWidthFull();
        happened.setValue(recorded.map(Outcome::happened).orElse(""));
        verdict.setId("capsule-verdict");
        verdict.setLabel(getTranslation("capsule.verdict"));
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> getTranslation("capsule.verdict." + v.id()));
        recorded.map(Outcome::verdict).ifPresent(verdict::setValue);
        boolean mayWrite = page.role() == Role.FACILITATOR || page.viewer().id().equals(card.getAuthorId());
        happened.setReadOnly(!mayWrite);
        verdict.setReadOnly(!mayWrite);
        save.setId("capsule-outcome-save");
        save.setText(getTranslation("capsule.outcome.save"));
        save.setVisible(mayWrite);
        save.addClickListener(e -> page.act(() -> {
            outcomes.record(page.viewer(), page.boardId(), card.getId(), happened.getValue(), verdict.getValue());
            Notification.show(getTranslation("capsule.outcome.saved"));
        }));
        add(new H4(getTranslation("capsule.comparison")), happened, verdict, save);
    }

    @Override
    public Component component() {
        return this;
    }
}
