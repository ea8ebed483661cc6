package app.atelier.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import app.atelier.trash.TrashService;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A hackathon's jury: who marks, what is marked, and the results table. */
@SpringBootTest
class JuryServiceTest {
    @Autowired
    JuryService jury;
    @Autowired
    TrashService trash;
    @Autowired
    BoardService boards;
    @Autowired
    SessionService sessions;
    @Autowired
    Workshops workshops;

    private Workshop hackathon;
    private Actor olga;
    private Actor team;
    private Card alpha;
    private Card beta;

    @BeforeEach
    void setUp() {
        hackathon = workshops.start("Fanny", "Hackathon", "hackathon-pitch");
        olga = hackathon.guest("Olga (jury)", Role.OBSERVER);
        team = hackathon.guest("Équipe Alpha", Role.PARTICIPANT);
        alpha = hackathon.card(team, "pitches", "Alpha : le CRM vocal");
        beta = hackathon.card("pitches", "Beta : la carte fidélité partagée");
    }

    @Test
    void theJuryMarksAndTheResultsRankBySumOfAverages() {
        jury.mark(olga, hackathon.id(), alpha.getId(), Map.of("impact", 5, "feasibility", 3, "creativity", 4,
                "delivery", 4));
        jury.mark(hackathon.facilitator(), hackathon.id(), alpha.getId(), Map.of("impact", 4, "feasibility", 4));
        jury.mark(olga, hackathon.id(), beta.getId(), Map.of("impact", 2, "feasibility", 5, "creativity", 2,
                "delivery", 3));
        jury.mark(olga, hackathon.id(), alpha.getId(), Map.of("impact", 3, "feasibility", 3, "creativity", 4,
                "delivery", 4)); // a new mark replaces the juror's own

        var results = jury.results(olga, hackathon.id());

        assertThat(results).extracting(Ranking::cardId).containsExactly(alpha.getId(), beta.getId());
        Ranking first = results.getFirst();
        assertThat(first.place()).isEqualTo(1);
        assertThat(first.averages()).containsEntry("impact", 3.5).containsEntry("feasibility", 3.5)
                .containsEntry("creativity", 4.0);
        assertThat(first.total()).isEqualTo(15.0);
        assertThat(first.jurors()).isEqualTo(2);
        assertThat(results.get(1).total()).isEqualTo(12.0);
        assertThat(jury.marksOf(olga, hackathon.id(), alpha.getId())).containsEntry("impact", 3);
    }

    @Test
    void participantsDoNotMarkAndSeeTheResultsOnlyAtDecision() {
        assertThatThrownBy(() -> jury.mark(team, hackathon.id(), beta.getId(), Map.of("impact", 5)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> jury.results(team, hackathon.id())).isInstanceOf(ForbiddenException.class);

        sessions.setPhase(hackathon.facilitator(), hackathon.id(), "decide");

        assertThat(jury.results(team, hackathon.id())).hasSize(2);
    }

    @Test
    void badMarksAreRefusedAndChangeNothing() {
        Card challenge = hackathon.card("challenges", "Fidéliser les 18-25 ans");
        assertThatThrownBy(() -> jury.mark(olga, hackathon.id(), alpha.getId(), Map.of("impact", 6)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("marks.impact"));
        assertThatThrownBy(() -> jury.mark(olga, hackathon.id(), alpha.getId(), Map.of("charisma", 3)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> jury.mark(olga, hackathon.id(), challenge.getId(), Map.of("impact", 3)))
                .as("a challenge is not a pitch").isInstanceOf(InvalidInputException.class);
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put("impact", null);
        assertThat(jury.mark(olga, hackathon.id(), alpha.getId(), withNull)).isEmpty();

        assertThat(jury.results(olga, hackathon.id())).allSatisfy(r -> assertThat(r.jurors()).isZero());
    }

    @Test
    void aPitchDeletedForGoodTakesItsMarksWithIt() {
        jury.mark(olga, hackathon.id(), beta.getId(), Map.of("impact", 4));
        boards.deleteCard(hackathon.facilitator(), hackathon.id(), beta.getId());
        assertThat(jury.marksOf(olga, hackathon.id(), beta.getId())).as("kept in the trash").isNotEmpty();
        trash.purge(hackathon.facilitator(), hackathon.id(), beta.getId());

        assertThat(jury.results(olga, hackathon.id())).extracting(Ranking::cardId).containsExactly(alpha.getId());
        assertThat(jury.marksOf(olga, hackathon.id(), beta.getId())).isEmpty();
    }

    @Test
    void aFormatWithoutJuryHasNoCriteria() {
        Workshop swot = workshops.start("Sam", "SWOT", "swot");
        Card strength = swot.card("strengths", "La marque");
        assertThat(jury.criteria(swot.board())).isEmpty();
        assertThatThrownBy(() -> jury.mark(swot.facilitator(), swot.id(), strength.getId(), Map.of("impact", 3)))
                .isInstanceOf(InvalidInputException.class);
    }
}
