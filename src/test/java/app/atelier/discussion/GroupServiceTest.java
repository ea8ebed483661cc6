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
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
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
    Workshops workshops;

    private Actor fanny;
    private Actor paul;
    private Board board;
    private Card fail1;
    private Card fail2;
    private Card rule;

    @BeforeEach
    void setUp() {
        Workshop workshop = workshops.start("Fanny", "Mur", "mur-des-fails");
        fanny = workshop.facilitator();
        board = workshop.board();
        paul = workshop.guest("Paul", Role.PARTICIPANT);
        fail1 = workshop.card(paul, "fails", "salon vide");
        fail2 = workshop.card("fails", "webinaire désert");
        rule = workshop.card("golden-rules", "Valider la cible d’abord");
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
