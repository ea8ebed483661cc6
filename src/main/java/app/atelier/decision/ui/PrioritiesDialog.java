package app.atelier.decision.ui;

import app.atelier.base.LocalizedException;
import app.atelier.board.Card;
import app.atelier.board.CardStatus;
import app.atelier.decision.PriorityService;
import app.atelier.security.Actor;
import app.atelier.template.BoardTemplate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * The ranked list: cards by priority (the facilitator's order, then dots). Facilitators move cards up and down and
 * mark them agreed or set aside; everyone else reads it.
 */
class PrioritiesDialog extends Dialog {
    private final PriorityService priorities;
    private final Actor actor;
    private final String boardId;
    private final BoardTemplate template;
    private final boolean facilitator;
    private final boolean showVotes;
    final Div list = new Div();

    PrioritiesDialog(PriorityService priorities, Actor actor, String boardId, BoardTemplate template,
                     boolean facilitator, boolean showVotes) {
        this.priorities = priorities;
        this.actor = actor;
        this.boardId = boardId;
        this.template = template;
        this.facilitator = facilitator;
        this.showVotes = showVotes;
        setHeaderTitle(getTranslation("priorities.title"));
        setWidth("min(48rem, 96vw)");
        list.setId("priority-list");
        add(list);
        getFooter().add(new Button(getTranslation("card.close"), e -> close()));
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<Card> ranked = priorities.ranked(actor, boardId);
        for (int i = 0; i < ranked.size(); i++) {
            Card card = ranked.get(i);
            Span place = new Span((i + 1) + ".");
            place.addClassName("priority-place");
            Span text = new Span(card.getText());
            text.addClassName("priority-text");
            Span meta = new Span(getTranslation(template.zoneLabelKey(card.getZone()))
                    + (showVotes ? " · " + getTranslation("priorities.dots", card.getVotes()) : "")
                    + (card.getStatus() == null ? "" : " · " + getTranslation("status." + card.getStatus().id())));
            meta.addClassName("priority-meta");
            Div label = new Div(text, meta);
            label.addClassName("priority-label");
            HorizontalLayout row = new HorizontalLayout(place, label);
            row.addClassName("priority-row");
            row.getElement().setAttribute("data-card-id", card.getId());
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setWidthFull();
            row.expand(label);
            if (facilitator) {
                row.add(button("↑", "priorities.up", () -> priorities.move(actor, boardId, card.getId(), -1)),
                        button("↓", "priorities.down", () -> priorities.move(actor, boardId, card.getId(), 1)),
                        decision(card, CardStatus.AGREED), decision(card, CardStatus.SET_ASIDE));
            }
            list.add(row);
        }
    }

    private Button decision(Card card, CardStatus status) {
        boolean current = card.getStatus() == status;
        Button button = button(getTranslation(current ? "priorities.undo." + status.id() : "priorities." + status.id()),
                null, () -> priorities.setStatus(actor, boardId, card.getId(), current ? null : status.id()));
        button.addClassName("decide-" + status.id());
        if (!current && status == CardStatus.AGREED) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return button;
    }

    private Button button(String text, String ariaKey, Runnable action) {
        Button button = new Button(text, e -> {
            try {
                action.run();
            } catch (LocalizedException error) {
                Notification.show(getTranslation(error.messageKey(), error.args()))
                        .addThemeVariants(NotificationVariant.ERROR);
            }
            refresh();
        });
        if (ariaKey != null) {
            button.setAriaLabel(getTranslation(ariaKey));
            button.addClassName(ariaKey.replace('.', '-'));
        }
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }
}
