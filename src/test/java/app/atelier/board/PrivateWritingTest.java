package app.atelier.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.decision.PriorityService;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import app.atelier.voting.VotingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Private writing and anonymity are applied in the service: what a person may not see never leaves it. */
@SpringBootTest
class PrivateWritingTest {
    @Autowired
    BoardService boards;
    @Autowired
    SessionService sessions;
    @Autowired
    VotingService voting;
    @Autowired
    PriorityService priorities;
    @Autowired
    Workshops workshops;

    private Actor fanny;
    private Actor paul;
    private Actor lea;
    private Board board;

    @BeforeEach
    void setUp() {
        Workshop workshop = workshops.start("Fanny", "Privé", "mur-des-fails");
        fanny = workshop.facilitator();
        board = workshop.board();
        paul = workshop.guest("Paul", Role.PARTICIPANT);
        lea = workshop.guest("Léa", Role.PARTICIPANT);
        sessions.updateSettings(fanny, board.getId(), true, null);
    }

    @Test
    void eachParticipantSeesOnlyTheirOwnCardsUntilTheReveal() {
        Card pauls = boards.addCard(paul, board.getId(), new NewCard("fails", "secret de Paul",
                java.util.Map.of("impact", "lourd"), null, null, null));
        boards.addCard(lea, board.getId(), NewCard.of("fails", "secret de Léa"));

        Card seenByLea = boards.getCard(lea, board.getId(), pauls.getId());
        assertThat(seenByLea.isHidden()).isTrue();
        assertThat(seenByLea.getText()).isEmpty();
        assertThat(seenByLea.getFields()).isEmpty();
        assertThat(seenByLea.getAuthor()).isNull();
        assertThat(boards.cards(lea, board.getId())).extracting(Card::getText)
                .containsExactlyInAnyOrder("", "secret de Léa");
        assertThat(priorities.ranked(lea, board.getId()).toString()).doesNotContain("secret de Paul");
        assertThat(boards.cards(fanny, board.getId())).extracting(Card::getText)
                .containsExactlyInAnyOrder("secret de Paul", "secret de Léa");

        sessions.updateSettings(fanny, board.getId(), false, null);
        assertThat(boards.cards(lea, board.getId())).extracting(Card::getText)
                .containsExactlyInAnyOrder("secret de Paul", "secret de Léa");
    }

    @Test
    void aVoteOnAHiddenCardGivesNothingAway() {
        Card pauls = boards.addCard(paul, board.getId(), NewCard.of("fails", "secret de Paul"));
        voting.open(fanny, board.getId(), 3, null, false);
        assertThat(voting.vote(lea, board.getId(), pauls.getId(), 1).getText()).isEmpty();
    }

    @Test
    void anonymousModeRemovesEveryNameFromCards() {
        sessions.updateSettings(fanny, board.getId(), false, true);
        Card pauls = boards.addCard(paul, board.getId(), NewCard.of("fails", "sans nom"));

        assertThat(pauls.getAuthor()).isNull();
        assertThat(boards.getCard(lea, board.getId(), pauls.getId()).getAuthor()).isNull();
        assertThat(boards.getCard(fanny, board.getId(), pauls.getId()).getAuthor()).isNull();
        sessions.updateSettings(fanny, board.getId(), null, false);
        assertThat(boards.getCard(lea, board.getId(), pauls.getId()).getAuthor()).isEqualTo("Paul");
    }

    @Test
    void onlyFacilitatorsChangeTheSettings() {
        assertThatThrownBy(() -> sessions.updateSettings(paul, board.getId(), false, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> sessions.updateSettings(paul, board.getId(), null, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(boards.getBoard(fanny, board.getId()).isPrivateWriting()).isTrue();
    }
}
