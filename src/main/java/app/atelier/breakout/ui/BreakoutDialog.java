package app.atelier.breakout.ui;

import app.atelier.access.AccessService;
import app.atelier.access.Membership;
import app.atelier.access.Role;
import app.atelier.board.BreakoutGroup;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.breakout.BreakoutService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The facilitator's groups: how many, split at random; then each group's name and each participant's group, changed
 * one at a time (every page follows); "End the groups" brings everyone back together.
 */
class BreakoutDialog extends Dialog {
    private final BreakoutService breakouts;
    private final AccessService access;
    private final BoardPageContext page;
    final IntegerField count = new IntegerField();
    final Button split = new Button();
    final Button end = new Button();
    final Div groups = new Div();

    BreakoutDialog(BreakoutService breakouts, AccessService access, BoardPageContext page) {
        this.breakouts = breakouts;
        this.access = access;
        this.page = page;
        setHeaderTitle(getTranslation("breakout.title"));
        setWidth("min(40rem, 96vw)");
        count.setId("breakout-count");
        count.setLabel(getTranslation("breakout.count"));
        count.setMin(1);
        count.setMax(20);
        count.setStepButtonsVisible(true);
        count.setValue(Math.max(2, page.session().getBreakoutGroups().size()));
        split.setId("breakout-split");
        split.setText(getTranslation("breakout.split"));
        split.addThemeVariants(ButtonVariant.PRIMARY);
        split.addClickListener(e -> page.act(() -> {
            breakouts.split(page.viewer(), page.boardId(), count.getValue());
            refresh();
        }));
        end.setId("breakout-end");
        end.setText(getTranslation("breakout.end"));
        end.addClickListener(e -> page.act(() -> {
            breakouts.end(page.viewer(), page.boardId());
            refresh();
        }));
        HorizontalLayout top = new HorizontalLayout(count, split);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        groups.setId("breakout-list");
        add(top, groups);
        getFooter().add(end, new Button(getTranslation("card.close"), e -> close()));
        refresh();
    }

    /** The groups as stored now: each name editable, each participant with the group they are in. */
    void refresh() {
        groups.removeAll();
        List<BreakoutGroup> current = breakouts.groups(page.viewer(), page.boardId());
        if (current.isEmpty()) {
            groups.add(new Paragraph(getTranslation("breakout.empty")));
            return;
        }
        for (int i = 0; i < current.size(); i++) {
            BreakoutGroup group = current.get(i);
            TextField name = new TextField(getTranslation("breakout.name"), group.name(), "");
            name.setId("breakout-name-" + (i + 1));
            name.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    page.act(() -> breakouts.rename(page.viewer(), page.boardId(), group.id(), e.getValue()));
                }
            });
            groups.add(name);
        }
        Map<String, String> names = current.stream().collect(Collectors.toMap(BreakoutGroup::id,
                BreakoutGroup::name));
        for (Membership member : access.members(page.viewer(), page.boardId())) {
            if (member.getRole() != Role.PARTICIPANT) {
                continue;
            }
            Select<String> in = new Select<>();
            in.setId("breakout-member-" + member.getMemberId());
            in.setLabel(getTranslation("breakout.member", member.getMemberName()));
            in.setEmptySelectionAllowed(true);
            in.setEmptySelectionCaption(getTranslation("breakout.none"));
            in.setItems(current.stream().map(BreakoutGroup::id).toList());
            in.setItemLabelGenerator(id -> id == null ? getTranslation("breakout.none") : names.get(id));
            current.stream().filter(g -> g.has(member.getMemberId())).findFirst()
                    .ifPresent(g -> in.setValue(g.id()));
            in.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    page.act(() -> breakouts.moveMember(page.viewer(), page.boardId(), member.getMemberId(),
                            e.getValue()));
                }
            });
            groups.add(in);
        }
    }
}
