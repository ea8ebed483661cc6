package app.atelier.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.security.Actor;
import app.atelier.support.People;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class GroupServiceTest {
    @Autowired
    BoardService boards;
    @Autowired
    GroupService groups;
    @Autowired
    People people;

    private Actor fanny;
    private Actor paul;
    private Board board;
    private Card fail1;
    private Card fail2;
    private Card rule;

    @BeforeEach
    void setUp() {
        fanny = people.account("Fanny").actor();
        board = boards.createBoard(fanny, "Mur", "mur-des-fails");
        paul = people.guest(fanny, board.getId(), Role.PARTICIPANT, "Paul");
        fail1 = boards.addCard(paul, board.getId(), NewCard.of("fails", "salon vide"));
        fail2 = boards.addCard(fanny, board.getId(), NewCard.of("fails", "webinaire désert"));
        rule = boards.addCard(fanny, board.getId(), NewCard.of("golden-rules", "Valider la cible d’abord"));
    }

    @Test
    void failsGatherIntoAPatternAndAGoldenRuleLinksItsEvidence() {
        groups.setGroup(fanny, board.getId(), fail1.getId(), "Pas de test de cible");
        Card second = groups.setGroup(fanny, board.getId(), fail2.getId(), "  pas de test de CIBLE ");
        assertThat(second.getGroup()).as("joins the existing group").isEqualTo("Pas de test de cible");
        assertThat(groups.groups(paul, board.getId()))
                .containsExactly(java.util.Map.entry("Pas de test de cible", List.of(fail1.getId(), fail2.getId())));

        Card linked = groups.setEvidence(fanny, board.getId(), rule.getId(), List.of(fail1.getId(), fail2.getId()));
        assertThat(linked.getEvidence()).containsExactly(fail1.getId(), fail2.getId());

        assertThat(groups.setGroup(fanny, board.getId(), fail1.getId(), null).getGroup()).isNull();
    }

    @Test
    void onlyFacilitatorsConvergeAndLinksStayWithinTheBoard() {
        assertThatThrownBy(() -> groups.setGroup(paul, board.getId(), fail1.getId(), "x"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> groups.setEvidence(paul, board.getId(), rule.getId(), List.of(fail1.getId())))
                .isInstanceOf(ForbiddenException.class);
        Board other = boards.createBoard(fanny, "Autre", "mur-des-fails");
        Card elsewhere = boards.addCard(fanny, other.getId(), NewCard.of("fails", "ailleurs"));
        assertThatThrownBy(() -> groups.setEvidence(fanny, board.getId(), rule.getId(), List.of(elsewhere.getId())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cardIds"));
        assertThatThrownBy(() -> groups.setEvidence(fanny, board.getId(), rule.getId(), List.of(rule.getId())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> groups.setGroup(fanny, board.getId(), fail1.getId(), "x".repeat(61)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("group"));
    }
}
