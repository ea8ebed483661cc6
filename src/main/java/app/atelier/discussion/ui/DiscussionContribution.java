package app.atelier.discussion.ui;

import app.atelier.board.BoardService;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.discussion.CommentService;
import app.atelier.discussion.GroupService;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.springframework.core.annotation.Order;

/** In a card's sheet: its group and evidence (set by facilitators), then its comments, live. */
@org.springframework.stereotype.Component
@Order(40)
class DiscussionContribution implements BoardPageContribution {
    private final BoardService boards;
    private final GroupService groups;
    private final CommentService comments;

    DiscussionContribution(BoardService boards, GroupService groups, CommentService comments) {
        this.boards = boards;
        this.groups = groups;
        this.comments = comments;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return BoardPagePart.sheetSections(sheet -> List.of(new ConvergenceSection(groups,
                boards.cards(page.viewer(), page.boardId()), page, sheet.card()),
                new CommentsSection(comments, page, sheet.card())));
    }
}
