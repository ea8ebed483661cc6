package app.atelier.breakout.ui;

import app.atelier.access.Role;
import app.atelier.board.BreakoutGroup;
import app.atelier.board.Card;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.breakout.BreakoutService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The group working on a card: the facilitator gives it to one; the others read which. */
class CardBreakoutSection extends Div implements CardSheetSection {
    final Select<String> group = new Select<>();

    CardBreakoutSection(BreakoutService breakouts, BoardPageContext page, Card card) {
        List<BreakoutGroup> groups = page.session().getBreakoutGroups();
        Map<String, String> names = groups.stream().collect(Collectors.toMap(BreakoutGroup::id,
                BreakoutGroup::name, (a, b) -> a));
        if (page.role() != Role.FACILITATOR) {
            String name = names.get(card.getBreakoutGroup());
            if (name != null) {
                add(new Paragraph(getTranslation("breakout.card") + " : " + name));
            }
            return;
        }
        group.setId("card-breakout");
        group.setLabel(getTranslation("breakout.card"));
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("breakout.none"));
        group.setItems(groups.stream().map(BreakoutGroup::id).toList());
        group.setItemLabelGenerator(id -> id == null ? getTranslation("breakout.none") : names.getOrDefault(id, id));
        group.setValue(names.containsKey(card.getBreakoutGroup()) ? card.getBreakoutGroup() : null);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                page.act(() -> breakouts.assignCard(page.viewer(), page.boardId(), card.getId(), e.getValue()));
            }
        });
        add(group);
    }

    @Override
    public Component component() {
        return this;
    }
}
