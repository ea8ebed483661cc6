package app.atelier.discussion.ui;

import app.atelier.access.Role;
import app.atelier.board.Card;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.discussion.GroupService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;

/**
 * Grouping and evidence in a card's sheet: facilitators choose the card's group (an existing one or a new name) and
 * the cards that back it; everyone else reads them.
 */
class ConvergenceSection extends Div implements CardSheetSection {
    private final GroupService groups;
    private final BoardPageContext page;
    private final Card card;

    ConvergenceSection(GroupService groups, List<Card> boardCards, BoardPageContext page, Card card) {
        this.groups = groups;
        this.page = page;
        this.card = card;
        List<Card> others = boardCards.stream().filter(c -> !c.getId().equals(card.getId()) && !c.isHidden())
                .toList();
        if (page.role() == Role.FACILITATOR) {
            add(groupChoice(), evidenceChoice(others));
        } else {
            showReadOnly(others);
        }
    }

    private void showReadOnly(List<Card> others) {
        List<String> evidence = others.stream().filter(c -> card.getEvidence().contains(c.getId()))
                .map(Card::getText).toList();
        if (card.getGroup() != null) {
            add(new Paragraph(getTranslation("groups.group") + " : " + card.getGroup()));
        }
        if (!evidence.isEmpty()) {
            add(new Paragraph(getTranslation("groups.evidence") + " : " + String.join(" · ", evidence)));
        }
    }

    private ComboBox<String> groupChoice() {
        ComboBox<String> group = new ComboBox<>(getTranslation("groups.group"));
        group.setId("card-group");
        group.setItems(groups.groups(page.viewer(), page.boardId()).keySet());
        group.setAllowCustomValue(true);
        group.setClearButtonVisible(true);
        group.setValue(card.getGroup());
        group.setHelperText(getTranslation("groups.help"));
        group.addCustomValueSetListener(e -> group.setValue(e.getDetail()));
        group.addValueChangeListener(e -> {
            if (e.isFromClient() || !Objects.equals(e.getValue(), card.getGroup())) {
                page.act(() -> groups.setGroup(page.viewer(), page.boardId(), card.getId(), e.getValue()));
            }
        });
        return group;
    }

    private MultiSelectComboBox<Card> evidenceChoice(List<Card> others) {
        MultiSelectComboBox<Card> evidence = new MultiSelectComboBox<>(getTranslation("groups.evidence"));
        evidence.setId("card-evidence");
        evidence.setItems(others);
        evidence.setItemLabelGenerator(c -> c.getText().length() > 60 ? c.getText().substring(0, 60) + "…"
                : c.getText());
        evidence.select(others.stream().filter(c -> card.getEvidence().contains(c.getId())).toList());
        evidence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                page.act(() -> groups.setEvidence(page.viewer(), page.boardId(), card.getId(),
                        e.getValue().stream().map(Card::getId).toList()));
            }
        });
        evidence.setWidthFull();
        return evidence;
    }

    @Override
    public Component component() {
        return this;
    }
}
