package app.atelier.action.ui;

import app.atelier.access.Membership;
import app.atelier.access.Role;
import app.atelier.action.Action;
import app.atelier.action.ActionService;
import app.atelier.board.BoardEvent;
import app.atelier.board.Card;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.CardSheetSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * An agreed card's (or a decision's) actions in its sheet, each linking back to this card; facilitators add one:
 * what, an owner (a member or a name) and a due date.
 */
class ActionsSection extends VerticalLayout implements CardSheetSection {
    final UnorderedList list = new UnorderedList();
    final TextField what = new TextField();
    final Select<Membership> member = new Select<>();
    final TextField ownerName = new TextField();
    final DatePicker due = new DatePicker();
    final Button add = new Button();
    private final ActionService actions;
    private final BoardPageContext page;
    private final Card card;

    ActionsSection(ActionService actions, List<Membership> members, BoardPageContext page, Card card) {
        this.actions = actions;
        this.page = page;
        this.card = card;
        setPadding(false);
        list.setId("card-actions");
        add(new H4(getTranslation("action.actions")), list);
        if (page.role() == Role.FACILITATOR) {
            what.setId("action-what");
            what.setLabel(getTranslation("action.what"));
            what.setMaxLength(300);
            what.setWidth("18rem");
            member.setId("action-owner");
            member.setLabel(getTranslation("action.ownerMember"));
            member.setItems(members);
            member.setItemLabelGenerator(m -> m == null ? "" : m.getMemberName());
            member.setEmptySelectionAllowed(true);
            ownerName.setId("action-owner-name");
            ownerName.setLabel(getTranslation("action.ownerName"));
            ownerName.setMaxLength(60);
            due.setId("action-due");
            due.setLabel(getTranslation("action.due"));
            due.setMin(actions.today());
            due.setLocale(getLocale());
            add.setId("action-add");
            add.setText(getTranslation("action.add"));
            add.addClickListener(e -> page.act(this::create));
            HorizontalLayout form = new HorizontalLayout(what, member, ownerName, due, add);
            form.setWrap(true);
            form.setAlignItems(Alignment.BASELINE);
            add(form);
        }
        refresh();
    }

    private void create() {
        Membership owner = member.getValue();
        actions.create(page.viewer(), page.boardId(), card.getId(), new ActionService.Draft(what.getValue(),
                owner == null ? null : owner.getMemberId(), owner == null ? ownerName.getValue() : null,
                due.getValue(), null, null));
        what.clear();
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<Action> mine = actions.ofCard(page.viewer(), page.boardId(), card.getId());
        if (mine.isEmpty()) {
            list.add(new ListItem(getTranslation("action.none")));
        }
        mine.forEach(a -> list.add(new ListItem(a.what() + " · " + a.ownerName() + " · " + a.due() + " · "
                + getTranslation("action.status." + a.status().id())
                + (a.lateOn(actions.today()) ? " · " + getTranslation("action.late") : ""))));
    }

    @Override
    public void boardChanged(BoardEvent event) {
        if (event instanceof BoardEvent.PlanChanged) {
            refresh(); // someone else's change may concern this card: one read, only while its sheet is open
        }
    }

    @Override
    public Component component() {
        return this;
    }
}
