package app.atelier.discussion.ui;

import app.atelier.base.InvalidInputException;
import app.atelier.board.BoardEvent;
import app.atelier.board.Card;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.discussion.Comment;
import app.atelier.discussion.CommentService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The comments of a card, live in its open sheet; those who may write add theirs. */
class CommentsSection extends Div implements CardSheetSection {
    private final CommentService comments;
    private final BoardPageContext page;
    private final Card card;
    final Div list = new Div();
    final TextField newComment = new TextField();
    final Button add = new Button();

    CommentsSection(CommentService comments, BoardPageContext page, Card card) {
        this.comments = comments;
        this.page = page;
        this.card = card;
        list.setId("card-comments");
        list.addClassName("card-comments");
        newComment.setId("comment-text");
        newComment.setPlaceholder(getTranslation("comments.placeholder"));
        newComment.setMaxLength(2_000);
        newComment.setWidthFull();
        add.setId("comment-add");
        add.setText(getTranslation("comments.add"));
        add.addClickListener(e -> post());
        HorizontalLayout form = new HorizontalLayout(newComment, add);
        form.setWidthFull();
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setVisible(page.role() != null && page.role().canWrite());
        add(new H4(getTranslation("comments.title")), list, form);
        showComments();
    }

    /** A refused text is marked on the field; other refusals (a limit, a lost role) are said by the page. */
    private void post() {
        page.act(() -> {
            try {
                comments.add(page.viewer(), page.boardId(), card.getId(), newComment.getValue());
                newComment.clear();
                newComment.setInvalid(false);
            } catch (InvalidInputException error) {
                newComment.setErrorMessage(getTranslation(error.messageKey(), error.args()));
                newComment.setInvalid(true);
            }
        });
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void boardChanged(BoardEvent event) {
        if (event instanceof BoardEvent.CommentsChanged changed && changed.cardId().equals(card.getId())) {
            showComments();
        }
    }

    /** Redraws the comments (when someone adds or removes one). */
    private void showComments() {
        list.removeAll();
        for (Comment comment : comments.list(page.viewer(), page.boardId(), card.getId())) {
            Paragraph line = new Paragraph();
            line.addClassName("comment");
            Span who = new Span((comment.getAuthor() == null ? getTranslation("card.conflict.anonymous")
                    : comment.getAuthor()) + " : ");
            who.addClassName("comment-author");
            line.add(who, new Span(comment.getText()));
            list.add(line);
        }
    }
}
