package app.atelier.action.ui;

import app.atelier.action.Action;
import app.atelier.action.ActionService;
import app.atelier.action.ActionStatus;
import app.atelier.base.LocalizedException;
import app.atelier.security.Actor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A list of actions: what, owner, due date (late ones flagged in words, not colour alone), status and progress note.
 * Picking one lets whoever may (its owner, a facilitator) give its status and note; each leads back to its card.
 */
class PlanGrid extends VerticalLayout {
    final Grid<Action> grid = new Grid<>();
    final Select<ActionStatus> status = new Select<>();
    final TextField note = new TextField();
    final Button save = new Button();
    private final HorizontalLayout editor = new HorizontalLayout();
    private final ActionService actions;
    private final Actor viewer;
    private final Supplier<List<Action>> source;
    private final Predicate<Action> mayUpdate;

    /**
     * {@code origin} shows where each action came from and leads there: its card's sheet on the board page, the
     * board and the card from "My actions".
     */
    PlanGrid(ActionService actions, Actor viewer, Supplier<List<Action>> source, Predicate<Action> mayUpdate,
             Function<Action, Component> origin) {
        this.actions = actions;
        this.viewer = viewer;
        this.source = source;
        this.mayUpdate = mayUpdate;
        setPadding(false);
        grid.setId("action-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(Action::what).setHeader(getTranslation("action.what")).setFlexGrow(3);
        grid.addColumn(Action::ownerName).setHeader(getTranslation("action.owner")).setFlexGrow(1);
        grid.addComponentColumn(this::due).setHeader(getTranslation("action.due")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("action.status." + a.status().id())).setHeader(
                getTranslation("action.status")).setFlexGrow(1);
        grid.addColumn(Action::note).setHeader(getTranslation("action.note")).setFlexGrow(2);
        grid.addComponentColumn(origin::apply).setHeader(getTranslation("action.fromCard")).setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        status.setId("action-status");
        status.setLabel(getTranslation("action.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("action.status." + s.id()));
        note.setId("action-note");
        note.setLabel(getTranslation("action.note"));
        note.setMaxLength(1000);
        note.setWidth("24rem");
        save.setId("action-save");
        save.setText(getTranslation("action.save"));
        save.addClickListener(e -> save());
        editor.setAlignItems(Alignment.BASELINE);
        editor.add(status, note, save);
        editor.setVisible(false);
        add(grid, editor);
        refresh();
    }

    private Span due(Action action) {
        LocalDate today = actions.today();
        Span due = new Span(action.due().toString() + (action.lateOn(today) ? " · " + getTranslation("action.late")
                : ""));
        if (action.lateOn(today)) {
            due.addClassName("action-late");
        }
        return due;
    }

    void refresh() {
        grid.setItems(source.get());
        editor.setVisible(false);
    }

    private void edit(Action action) {
        boolean may = action != null && mayUpdate.test(action);
        editor.setVisible(may);
        if (may) {
            status.setValue(action.status());
            note.setValue(action.note());
        }
    }

    private void save() {
        Action action = grid.asSingleSelect().getValue();
        if (action == null) {
            return;
        }
        try {
            actions.update(viewer, action.boardId(), action.id(), new ActionService.Draft(null, null, null, null,
                    status.getValue(), note.getValue()), action.version());
            refresh();
        } catch (LocalizedException e) {
            Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
