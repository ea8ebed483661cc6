package app.atelier.discussion;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.NotFoundException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.CardRules;
import app.atelier.security.Actor;
import app.atelier.security.RateLimits;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Comments on cards, live for everyone. Members who write may comment in any phase (that is what presenting and
 * discussing are for); a card someone may not see yet (private writing) takes no comment from them.
 */
@Service
public class CommentService {
    private final MongoTemplate mongo;
    private final AccessService access;
    private final BoardService boards;
    private final BoardWrites writes;
    private final RateLimits limits;
    private final Clock clock;

    CommentService(MongoTemplate mongo, AccessService access, BoardService boards, BoardWrites writes,
                   RateLimits limits, Clock clock) {
        this.mongo = mongo;
        this.access = access;
        this.boards = boards;
        this.writes = writes;
        this.limits = limits;
        this.clock = clock;
    }

    public Comment add(Actor actor, String boardId, String cardId, String text) {
        access.requireWriter(actor, boardId);
        if (boards.getCard(actor, boardId, cardId).isHidden()) {
            throw new ForbiddenException("session.privateCard");
        }
        String clean = CardRules.text(text);
        limits.commentWritten(actor.id());
        Comment comment = mongo.insert(new Comment(boardId, cardId, actor.id(), actor.name(), clean, clock.instant()));
        writes.commentsChanged(actor, boardId, cardId, 1);
        return visible(comment, writes.board(boardId));
    }

    /** The card's comments, oldest first, as this person may see them. */
    public List<Comment> list(Actor actor, String boardId, String cardId) {
        if (boards.getCard(actor, boardId, cardId).isHidden()) {
            return List.of();
        }
        Board board = writes.board(boardId);
        return mongo.find(Query.query(where("boardId").is(boardId).and("cardId").is(cardId))
                        .with(Sort.by("createdAt")), Comment.class).stream()
                .map(c -> visible(c, board)).toList();
    }

    /** Its author or a facilitator may delete a comment. */
    public void delete(Actor actor, String boardId, String commentId) {
        Role role = access.requireMember(actor, boardId);
        Comment comment = mongo.findOne(Query.query(where("id").is(commentId).and("boardId").is(boardId)),
                Comment.class);
        if (comment == null) {
            throw new NotFoundException("error.comment.notFound");
        }
        if (role != Role.FACILITATOR && !actor.id().equals(comment.getAuthorId())) {
            throw AccessService.denied(actor, boardId, "others-comment", "error.comment.notYours");
        }
        mongo.remove(comment);
        writes.commentsChanged(actor, boardId, comment.getCardId(), -1);
    }

    private static Comment visible(Comment comment, Board board) {
        return board.isAnonymous() ? comment.withoutAuthor() : comment;
    }
}
