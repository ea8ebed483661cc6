package app.atelier.crowd.ui;

import app.atelier.base.LocalizedException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.Crowd;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.crowd.CrowdService;
import app.atelier.template.ZoneDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;

/**
 * Crowd mode's settings (facilitators): on or off, what the phones show (wait, or write into a zone), the length of
 * an idea and moderation; once on, the join link, its code and the way to the wall display.
 */
class CrowdDialog extends Dialog {
    final Checkbox on = new Checkbox();
    final Select<Crowd.Step> step = new Select<>();
    final Select<ZoneDefinition> zone = new Select<>();
    final IntegerField maxChars = new IntegerField();
    final Checkbox moderated = new Checkbox();
    final MultiSelectComboBox<Card> shortlist = new MultiSelectComboBox<>();
    final IntegerField dots = new IntegerField();
    final Button apply = new Button();
    final Paragraph join = new Paragraph();
    private final CrowdService crowd;
    private final BoardPageContext page;
    private final String base;

    CrowdDialog(CrowdService crowd, BoardService boards, BoardPageContext page, String base) {
        this.crowd = crowd;
        this.page = page;
        this.base = base;
        setHeaderTitle(getTranslation("crowd.mode"));
        Crowd now = page.session().getCrowd();
        on.setId("crowd-on");
        on.setLabel(getTranslation("crowd.on"));
        on.setValue(now.on());
        step.setId("crowd-step");
        step.setLabel(getTranslation("crowd.step"));
        step.setItems(Crowd.Step.values());
        step.setItemLabelGenerator(s -> getTranslation("crowd.step." + s.id()));
        step.setValue(now.step());
        zone.setId("crowd-zone");
        zone.setLabel(getTranslation("crowd.zone"));
        zone.setItems(page.template().zones());
        zone.setItemLabelGenerator(z -> z == null ? "" : getTranslation(page.template().zoneLabelKey(z.id())));
        page.template().zones().stream().filter(z -> z.id().equals(now.zone())).findFirst().ifPresent(zone::setValue);
        maxChars.setId("crowd-max-chars");
        maxChars.setLabel(getTranslation("crowd.maxChars"));
        maxChars.setMin(10);
        maxChars.setMax(Crowd.MAX_CHARS);
        maxChars.setValue(now.maxChars());
        moderated.setId("crowd-moderated");
        moderated.setLabel(getTranslation("crowd.moderated"));
        moderated.setValue(now.moderated());
        shortlist.setId("crowd-shortlist");
        shortlist.setLabel(getTranslation("crowd.shortlist"));
        List<Card> cards = boards.cards(page.viewer(), page.boardId()).stream().filter(c -> !c.isHidden()).toList();
        shortlist.setItems(cards);
        shortlist.setItemLabelGenerator(Card::getText);
        shortlist.setWidth("28rem");
        shortlist.setValue(cards.stream().filter(c -> now.shortlist().contains(c.getId())).toList());
        dots.setId("crowd-dots");
        dots.setLabel(getTranslation("crowd.dots"));
        dots.setMin(1);
        dots.setMax(Crowd.MAX_DOTS);
        dots.setValue(now.dots());
        apply.setId("crowd-apply");
        apply.setText(getTranslation("crowd.save"));
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClickListener(e -> apply());
        join.setId("crowd-join");
        showJoin(page.session());
        add(new VerticalLayout(on, step, zone, maxChars, moderated, shortlist, dots, join));
        getFooter().add(new Button(getTranslation("trash.close"), e -> close()), apply);
    }

    private void apply() {
        try {
            Board board = crowd.configure(page.viewer(), page.boardId(), new CrowdService.Settings(on.getValue(),
                    step.getValue(), zone.getValue() == null ? null : zone.getValue().id(), maxChars.getValue(),
                    moderated.getValue(), shortlist.getSelectedItems().stream().map(Card::getId).toList(),
                    dots.getValue()));
            showJoin(board);
        } catch (LocalizedException e) {
            Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void showJoin(Board board) {
        join.removeAll();
        Crowd c = board.getCrowd();
        join.setVisible(c.on() && c.code() != null);
        if (join.isVisible()) {
            Span code = new Span(c.code());
            code.setId("crowd-code");
            Anchor wall = new Anchor("boards/" + board.getId() + "/wall", getTranslation("crowd.wall"));
            wall.setId("crowd-wall-link");
            wall.setTarget("_blank");
            join.add(new Span(getTranslation("crowd.joinAt", base + "/crowd") + " "), code, new Span(" · "), wall);
        }
    }
}
