package app.atelier.board.ui;

import app.atelier.base.InvalidInputException;
import app.atelier.base.LocalizedException;
import app.atelier.base.NotFoundException;
import app.atelier.base.StaleVersionException;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.board.CardColor;
import app.atelier.board.NewCard;
import app.atelier.security.Actor;
import app.atelier.template.BoardTemplate;
import app.atelier.template.FieldDefinition;
import app.atelier.template.ZoneDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds or edits one card: its text, the zone's typed fields (a fail opens as its A3 sheet) and its colour.
 * Edits are conditional on the version the editor started from: if someone else changed the card meanwhile, the
 * person is told, sees the other version and keeps their own text. Nobody's words vanish silently.
 */
class CardEditor extends Dialog implements CardSheet {
    /** Sizes of the text boxes: enough for a fail sheet without scrolling on a laptop. */
    private static final String FIELD_HEIGHT = "7em";

    private final BoardService service;
    private final String boardId;
    private final ZoneDefinition zone;
    private final Actor actor;

    final TextArea text = new TextArea();
    final Map<String, TextArea> fields = new LinkedHashMap<>();
    final RadioButtonGroup<String> color = new RadioButtonGroup<>();
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();
    final Div conflict = new Div();
    private final List<CardSheetSection> sections = new ArrayList<>();
    private final boolean editable;
    /** The features' buttons (lock, spotlight), between "Delete" and "Cancel". */
    private final HorizontalLayout footerSections = new HorizontalLayout();

    private boolean deleteArmed;

    /** The card being edited and the content it had when this editor last synchronised with it; null for a new card. */
    private Card base;

    CardEditor(BoardService service, BoardTemplate template, String boardId, ZoneDefinition zone, Card card,
               Actor actor, boolean editable) {
        this.editable = editable;
        this.service = service;
        this.boardId = boardId;
        this.zone = zone;
        this.actor = actor;
        this.base = card;
        addClassName("card-editor");
        boolean failSheet = !zone.extraFields().isEmpty();
        String zoneLabel = getTranslation(template.zoneLabelKey(zone.id()));
        setHeaderTitle(failSheet ? getTranslation("card.fail.title") + " — " + zoneLabel
                : getTranslation(card == null ? "card.new.title" : "card.edit.title", zoneLabel));
        setWidth(failSheet ? "min(64rem, 96vw)" : "min(32rem, 96vw)");

        text.setId("card-text");
        text.setLabel(zone.mainField().map(f -> getTranslation(template.fieldLabelKey(f.id())))
                .orElse(getTranslation("card.text")));
        zone.mainField().ifPresent(f -> text.setHelperText(getTranslation(template.fieldHintKey(f.id()))));
        text.setMaxLength(2_000);
        text.setMinHeight(FIELD_HEIGHT);
        text.setWidthFull();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.add(text);
        for (FieldDefinition field : zone.extraFields()) {
            TextArea area = new TextArea(getTranslation(template.fieldLabelKey(field.id())));
            area.setId("card-field-" + field.id());
            area.setHelperText(getTranslation(template.fieldHintKey(field.id())));
            area.setMaxLength(2_000);
            area.setMinHeight(FIELD_HEIGHT);
            fields.put(field.id(), area);
            form.add(area);
        }

        color.setId("card-color");
        color.setLabel(getTranslation("card.color"));
        color.setItems(CardColor.ids());
        color.setRenderer(new ComponentRenderer<>(id -> {
            Span swatch = new Span(getTranslation("color." + id));
            swatch.addClassNames("color-swatch", id);
            return swatch;
        }));
        form.add(color);
        if (failSheet) {
            form.setColspan(color, 2);
        }

        conflict.setId("card-conflict");
        conflict.addClassName("card-conflict");
        conflict.setVisible(false);
        add(conflict, form);

        save.setId("card-save");
        save.setText(getTranslation("card.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("card.cancel"));
        cancel.addClickListener(e -> close());
        cancel.setId("card-cancel");
        delete.setId("card-delete");
        delete.setText(getTranslation("card.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> delete());
        delete.setVisible(card != null);
        footerSections.setSpacing(true);
        getFooter().add(delete, footerSections, cancel, save);

        if (card == null) {
            color.setValue(zone.defaultColor());
        } else {
            fill(card);
        }
        if (!editable) {
            // Someone else's card, or an observer: read it, not change it.
            text.setReadOnly(true);
            fields.values().forEach(f -> f.setReadOnly(true));
            color.setReadOnly(true);
            save.setVisible(false);
            delete.setVisible(false);
            cancel.setText(getTranslation("card.close"));
        }
    }

    private void fill(Card card) {
        text.setValue(card.getText());
        fields.forEach((id, area) -> area.setValue(card.getFields().getOrDefault(id, "")));
        color.setValue(card.getColor());
    }

    private Map<String, String> fieldValues() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((id, area) -> values.put(id, area.getValue()));
        return values;
    }

    void save() {
        try {
            if (base == null) {
                service.addCard(actor, boardId, new NewCard(zone.id(), text.getValue(), fieldValues(), color.getValue(),
                        null, null));
            } else {
                service.updateCard(actor, boardId, base.getId(),
                        CardChanges.content(text.getValue(), fieldValues(), color.getValue()), base.getVersion());
            }
            close();
        } catch (InvalidInputException e) {
            TextArea target = e.field().startsWith("fields.") ? fields.get(e.field().substring(7)) : text;
            (target == null ? text : target).setErrorMessage(getTranslation(e.messageKey(), e.args()));
            (target == null ? text : target).setInvalid(true);
        } catch (StaleVersionException e) {
            onConcurrentChange((Card) e.current());
        } catch (NotFoundException e) {
            onDeletedMeanwhile();
        } catch (LocalizedException e) {
            // Refused (observer, someone else's card, too many cards): say why, keep the text in the editor.
            Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    /**
     * Someone else saved this card since we opened it. If they changed only what this editor does not show
     * (its position), our edit cannot clobber theirs: retry on top of their version. Otherwise show both.
     */
    private void onConcurrentChange(Card current) {
        if (sameContent(current, base)) {
            base = current;
            save();
            return;
        }
        base = current;
        conflict.removeAll();
        String who = current.getAuthor() != null ? current.getAuthor() : getTranslation("card.conflict.anonymous");
        Paragraph theirs = new Paragraph(current.getText());
        theirs.addClassName("their-text");
        conflict.add(new Paragraph(getTranslation("card.conflict.title", who)),
                new Span(getTranslation("card.conflict.theirs")), theirs,
                new Paragraph(getTranslation("card.conflict.yours")));
        conflict.setVisible(true);
        save.setText(getTranslation("card.conflict.overwrite"));
    }

    private void onDeletedMeanwhile() {
        base = null;
        conflict.removeAll();
        conflict.add(new Paragraph(getTranslation("card.gone")));
        conflict.setVisible(true);
        delete.setVisible(false);
        save.setText(getTranslation("card.gone.recreate"));
    }

    /** Called by the view when another person deletes the card this editor shows. */
    void cardDeletedElsewhere(String cardId) {
        if (base != null && base.getId().equals(cardId)) {
            onDeletedMeanwhile();
        }
    }

    /** A feature's section: in the body, or among the buttons before "Cancel". */
    void addSection(CardSheetSection section) {
        sections.add(section);
        if (section.inFooter()) {
            footerSections.add(section.component());
        } else {
            add(section.component());
        }
    }

    /** An event of the board: the card's deletion by someone else is said; the sections follow what concerns them. */
    void boardChanged(BoardEvent event) {
        if (event instanceof BoardEvent.CardDeleted deleted) {
            cardDeletedElsewhere(deleted.cardId());
        }
        sections.forEach(section -> section.boardChanged(event));
    }

    @Override
    public Card card() {
        return base;
    }

    @Override
    public boolean editable() {
        return editable;
    }

    String cardId() {
        return base == null ? null : base.getId();
    }

    /** Deleting takes two clicks: a card holds someone's words. */
    private void delete() {
        if (!deleteArmed) {
            deleteArmed = true;
            delete.setText(getTranslation("card.delete.confirm"));
            delete.addThemeVariants(ButtonVariant.PRIMARY);
            return;
        }
        try {
            service.deleteCard(actor, boardId, base.getId());
            Notification.show(getTranslation("card.deleted"));
        } catch (NotFoundException e) {
            // Already gone: the person wanted it gone.
        } catch (LocalizedException e) {
            Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        close();
    }

    private static boolean sameContent(Card a, Card b) {
        return Objects.equals(a.getText(), b.getText()) && Objects.equals(a.getFields(), b.getFields())
                && Objects.equals(a.getColor(), b.getColor());
    }
}
