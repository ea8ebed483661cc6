package app.atelier.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import app.atelier.trash.TrashService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

@SpringBootTest
class CommentServiceTest {
    @Autowired
    BoardService boards;
    @Autowired
    TrashService trash;
    @Autowired
    SessionService sessions;
    @Autowired
    CommentService comments;
    @Autowired
    GroupService groups;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Workshops workshops;

    private Workshop workshop;
    private Actor fanny;
    private Actor paul;
    private Actor olga;
    private Board board;
    private Card fail;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Mur", "mur-des-fails");
        fanny = workshop.facilitator();
        board = workshop.board();
        paul = workshop.guest("Paul (ventes)", Role.PARTICIPANT);
        olga = workshop.guest("Olga", Role.OBSERVER);
        fail = workshop.card("fails", "le salon vide");
    }

    @Test
    void aCardDeletedForGoodTakesItsCommentsAndTheEvidenceCitingItWithIt() {
        comments.add(paul, board.getId(), fail.getId(), "vu venir");
        Card rule = boards.addCard(fanny, board.getId(), NewCard.of("golden-rules", "tester avant"));
        Card other = boards.addCard(fanny, board.getId(), NewCard.of("fails", "autre fail"));
        groups.setEvidence(fanny, board.getId(), rule.getId(), List.of(fail.getId(), other.getId()));
        comments.add(paul, board.getId(), other.getId(), "reste");

        boards.deleteCard(fanny, board.getId(), fail.getId());
        assertThat(mongo.count(Query.query(where("cardId").is(fail.getId())), Comment.class))
                .as("kept with the card in the trash").isOne();
        trash.purge(fanny, board.getId(), fail.getId());

        assertThat(mongo.count(Query.query(where("cardId").is(fail.getId())), Comment.class)).isZero();
        assertThat(comments.list(fanny, board.getId(), other.getId())).extracting(Comment::getText)
                .containsExactly("reste");
        assertThat(boards.getCard(fanny, board.getId(), rule.getId()).getEvidence()).containsExactly(other.getId());
        assertThat(boards.cards(fanny, board.getId())).filteredOn(c -> c.getId().equals(rule.getId()))
                .as("every page's board in memory heard of it").singleElement()
                .satisfies(c -> assertThat(c.getEvidence()).containsExactly(other.getId()));
    }

    @Test
    void otherDepartmentsCommentOnAFailInAnyPhase() {
        sessions.setPhase(fanny, board.getId(), "present");
        Comment comment = comments.add(paul, board.getId(), fail.getId(), "  Côté ventes, on l’avait vu venir  ");

        assertThat(comment.getText()).isEqualTo("Côté ventes, on l’avait vu venir");
        assertThat(comments.list(olga, board.getId(), fail.getId())).extracting(Comment::getAuthor)
                .containsExactly("Paul (ventes)");
        assertThat(boards.getCard(olga, board.getId(), fail.getId()).getComments()).isEqualTo(1);
    }

    @Test
    void observersReadButDoNotCommentAndOnlyAuthorsOrFacilitatorsDelete() {
        assertThatThrownBy(() -> comments.add(olga, board.getId(), fail.getId(), "x"))
                .isInstanceOf(ForbiddenException.class);
        Comment pauls = comments.add(paul, board.getId(), fail.getId(), "mon avis");
        Comment fannys = comments.add(fanny, board.getId(), fail.getId(), "le sien");
        assertThatThrownBy(() -> comments.delete(paul, board.getId(), fannys.getId()))
                .isInstanceOf(ForbiddenException.class);
        comments.delete(paul, board.getId(), pauls.getId());
        comments.delete(fanny, board.getId(), fannys.getId());
        assertThat(comments.list(fanny, board.getId(), fail.getId())).isEmpty();
        assertThat(boards.getCard(fanny, board.getId(), fail.getId()).getComments()).isZero();
        assertThatThrownBy(() -> comments.add(paul, board.getId(), fail.getId(), " "))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void privateAndAnonymousRulesHoldForComments() {
        sessions.updateSettings(fanny, board.getId(), true, true);
        Card hidden = boards.addCard(fanny, board.getId(), NewCard.of("fails", "x"));
        Card lea = workshop.card(workshop.guest("Léa", Role.PARTICIPANT), "fails", "secret de Léa");
        assertThatThrownBy(() -> comments.add(paul, board.getId(), lea.getId(), "je devine"))
                .isInstanceOf(ForbiddenException.class);
        comments.add(fanny, board.getId(), hidden.getId(), "sans nom");
        assertThat(comments.list(fanny, board.getId(), hidden.getId()).getFirst().getAuthor()).isNull();
    }
}
