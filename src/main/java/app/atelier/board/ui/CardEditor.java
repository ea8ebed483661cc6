package app.atelier.board.ui;

import app.atelier.base.InvalidInputException;
import app.atelier.base.LocalizedException;
import app.atelier.base.NotFoundException;
import app.atelier.base.StaleVersionException;
import app.atelier.board.BoardService;
import app.atelier.board.SessionService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.board.CardColor;
import app.atelier.board.Comment;
import app.atelier.board.CommentService;
import app.atelier.board.GroupService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Adds or edits one card: its text, the zone's typed fields (a fail opens as its A3 sheet) and its colour.
 * Edits are conditional on the version the editor started from: if someone else changed the card meanwhile, the
 * person is told, sees the other version and keeps their own text. Nobody's words vanish silently.
 */
class CardEditor extends Dialog {
    /** Sizes of the text boxes: enough for a fail sheet without scrolling on a laptop. */
    private static final String FIELD_HEIGHT = "7em";

    private final BoardService service;
    private final SessionService sessions;
    private final String boardId;
    private final ZoneDefinition zone;
    private final Actor actor;

    final TextArea text = new TextArea();
    final Map<String, TextArea> fields = new LinkedHashMap<>();
    final RadioButtonGroup<String> color = new RadioButtonGroup<>();
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();
    final Button lock = new Button();
    final Button spotlight = new Button();
    final Div conflict = new Div();

    private boolean deleteArmed;
    private CommentService comments;
    final Div commentList = new Div();
    final TextField newComment = new TextField();
    final Button addComment = new Button();

    /** The card being edited and the content it had when this editor last synchronised with it; null for a new card. */
    private Card base;

    CardEditor(BoardService service, SessionService sessions, BoardTemplate template, String boardId,
               ZoneDefinition zone, Card card, Actor actor, boolean editable, boolean facilitator, boolean spotlit) {
        this.service = service;
        this.sessions = sessions;
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
        lock.setId("card-lock");
        lock.setVisible(facilitator && card != null);
        if (card != null) {
            lock.setText(getTranslation(card.isLocked() ? "card.unlock" : "card.lock"));
            lock.addClickListener(e -> {
                try {
                    sessions.setCardLocked(actor, boardId, card.getId(), !card.isLocked());
                    close();
                } catch (LocalizedException error) {
                    Notification.show(getTranslation(error.messageKey(), error.args()))
                            .addThemeVariants(NotificationVariant.ERROR);
                }
            });
        }
        spotlight.setId("card-spotlight");
        spotlight.setVisible(facilitator && card != null);
        spotlight.setText(getTranslation(spotlit ? "spotlight.clear" : "spotlight.set"));
        spotlight.addClickListener(e -> {
            try {
                sessions.spotlight(actor, boardId, spotlit ? null : card.getId());
                close();
            } catch (LocalizedException error) {
                Notification.show(getTranslation(error.messageKey(), error.args()))
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        getFooter().add(delete, lock, spotlight, cancel, save);

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

    /** The comments of the card, live; those who may write can add theirs. */
    void enableComments(CommentService service, boolean canComment) {
        this.comments = service;
        commentList.setId("card-comments");
        commentList.addClassName("card-comments");
        newComment.setId("comment-text");
        newComment.setPlaceholder(getTranslation("comments.placeholder"));
        newComment.setMaxLength(2_000);
        newComment.setWidthFull();
        addComment.setId("comment-add");
        addComment.setText(getTranslation("comments.add"));
        addComment.addClickListener(e -> {
            try {
                comments.add(actor, boardId, base.getId(), newComment.getValue());
                newComment.clear();
                newComment.setInvalid(false);
            } catch (InvalidInputException error) {
                newComment.setErrorMessage(getTranslation(error.messageKey(), error.args()));
                newComment.setInvalid(true);
            } catch (LocalizedException error) {
                Notification.show(getTranslation(error.messageKey(), error.args()))
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        HorizontalLayout form = new HorizontalLayout(newComment, addComment);
        form.setWidthFull();
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setVisible(canComment);
        add(new H4(getTranslation("comments.title")), commentList, form);
        showComments();
    }

    /**
     * Grouping and evidence: facilitators choose the card's group (an existing one or a new name) and the cards that
     * back it; everyone else reads them.
     */
    void enableConvergence(GroupService groups, List<Card> boardCards, boolean facilitator) {
        if (base == null) {
            return;
        }
        List<Card> others = boardCards.stream().filter(c -> !c.getId().equals(base.getId()) && !c.isHidden()).toList();
        if (!facilitator) {
            List<String> evidence = others.stream().filter(c -> base.getEvidence().contains(c.getId()))
                    .map(Card::getText).toList();
            if (base.getGroup() != null) {
                add(new Paragraph(getTranslation("groups.group") + " : " + base.getGroup()));
            }
            if (!evidence.isEmpty()) {
                add(new Paragraph(getTranslation("groups.evidence") + " : " + String.join(" · ", evidence)));
            }
            return;
        }
        ComboBox<String> group = new ComboBox<>(getTranslation("groups.group"));
        group.setId("card-group");
        group.setItems(groups.groups(actor, boardId).keySet());
        group.setAllowCustomValue(true);
        group.setClearButtonVisible(true);
        group.setValue(base.getGroup());
        group.setHelperText(getTranslation("groups.help"));
        group.addCustomValueSetListener(e -> group.setValue(e.getDetail()));
        group.addValueChangeListener(e -> {
            if (e.isFromClient() || !java.util.Objects.equals(e.getValue(), base.getGroup())) {
                apply(() -> groups.setGroup(actor, boardId, base.getId(), e.getValue()));
            }
        });
        MultiSelectComboBox<Card> evidence = new MultiSelectComboBox<>(getTranslation("groups.evidence"));
        evidence.setId("card-evidence");
        evidence.setItems(others);
        evidence.setItemLabelGenerator(c -> c.getText().length() > 60 ? c.getText().substring(0, 60) + "…" : c.getText());
        evidence.select(others.stream().filter(c -> base.getEvidence().contains(c.getId())).toList());
        evidence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply(() -> groups.setEvidence(actor, boardId, base.getId(),
                        e.getValue().stream().map(Card::getId).toList()));
            }
        });
        evidence.setWidthFull();
        add(group, evidence);
    }

    private void apply(Runnable change) {
        try {
            change.run();
        } catch (LocalizedException error) {
            Notification.show(getTranslation(error.messageKey(), error.args()))
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    /** Redraws the comments (called when someone adds or removes one). */
    void showComments() {
        if (comments == null || base == null) {
            return;
        }
        commentList.removeAll();
        for (Comment comment : comments.list(actor, boardId, base.getId())) {
            Paragraph line = new Paragraph();
            line.addClassName("comment");
            Span who = new Span((comment.getAuthor() == null ? getTranslation("card.conflict.anonymous")
                    : comment.getAuthor()) + " : ");
            who.addClassName("comment-author");
            line.add(who, new Span(comment.getText()));
            commentList.add(line);
        }
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
