package app.atelier.crowd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ConflictException;
import app.atelier.base.ForbiddenException;
import app.atelier.base.RateLimitedException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.Crowd;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Crowd mode's rules: who turns it on, what a phone may send and when, moderation, and what members then see. */
@SpringBootTest(properties = {"atelier.crowd.idea-burst=5", "atelier.crowd.ideas-per-minute=1"})
class CrowdServiceTest {
    @Autowired
    CrowdService crowd;
    @Autowired
    BoardService boards;
    @Autowired
    SessionService sessions;
    @Autowired
    Workshops workshops;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    private Workshop workshop;
    private String code;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Soirée citoyenne", "brand-promise");
        code = crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(true,
                Crowd.Step.WRITE, "promise", 120, false)).getCrowd().code();
    }

    private CrowdPhone phone(String name) {
        return crowd.join(code, null, name, "203.0.113.7").phone();
    }

    @Test
    void onlyAFacilitatorTurnsItOnAndTheCodeStaysTheBoardsForGood() {
        Actor participant = workshop.guest("Paul", Role.PARTICIPANT);
        assertThatThrownBy(() -> crowd.configure(participant, workshop.id(), new CrowdService.Settings(false, null,
                null, null, null))).isInstanceOf(ForbiddenException.class);
        assertThat(code).matches("[A-HJ-NP-Z2-9]{6}");
        assertThat(crowd.boardOf(code.toLowerCase())).map(Board::getId).contains(workshop.id());

        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(false, null, null, null,
                null));
        assertThat(crowd.boardOf(code)).as("off: the code leads nowhere").isEmpty();
        assertThat(crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(true, null, null,
                null, null)).getCrowd().code()).as("printed QR codes keep working").isEqualTo(code);

        assertThatThrownBy(() -> crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(
                null, null, null, 5, null))).hasFieldOrPropertyWithValue("messageKey", "error.crowd.maxChars");
        assertThatThrownBy(() -> crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(
                null, null, "nowhere", null, null))).hasFieldOrPropertyWithValue("field", "zone");
        assertThat(boards.getBoard(workshop.facilitator(), workshop.id()).getCrowd().maxChars())
                .as("a refused change changes nothing").isEqualTo(120);
    }

    @Test
    void aPhoneComesBackAsItselfWithItsSecretAndAnIdeaSentTwiceIsOneCard() {
        CrowdService.Joined joined = crowd.join(code, null, "Camille", "203.0.113.7");
        CrowdService.Joined again = crowd.join(code, joined.secret(), null, "198.51.100.2");
        assertThat(again.phone().id()).isEqualTo(joined.phone().id());
        assertThat(crowd.join(code, "not-its-secret", null, "203.0.113.7").phone().id())
                .isNotEqualTo(joined.phone().id());
        String phoneId = joined.phone().id();
        assertThat(crowd.join(code, phoneId + ".forged", null, "203.0.113.7").phone().id()).as("a forged secret")
                .isNotEqualTo(phoneId);
        assertThat(new PhoneTokens(mongo).phoneOf(workshop.id(), joined.secret()))
                .as("another node, or the server after a restart, knows the phone").isEqualTo(phoneId);
        Workshop elsewhere = workshops.start("Fanny", "Autre soirée", "brand-promise");
        String otherCode = crowd.configure(elsewhere.facilitator(), elsewhere.id(), new CrowdService.Settings(true,
                Crowd.Step.WRITE, "promise", 120, false)).getCrowd().code();
        assertThat(crowd.join(otherCode, joined.secret(), null, "203.0.113.7").phone().id())
                .as("a phone of one board is a stranger to another").isNotEqualTo(phoneId);

        CrowdIdea first = crowd.send(joined.phone(), "n-1", "Des bancs à l’ombre place du marché");
        CrowdIdea resent = crowd.send(joined.phone(), "n-1", "Des bancs à l’ombre place du marché");
        assertThat(resent.id()).isEqualTo(first.id());
        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, Crowd.Step.WAIT, null,
                null, null));
        assertThat(crowd.send(joined.phone(), "n-1", "Des bancs à l’ombre place du marché").id())
                .as("sent again after the writing closed: acknowledged as it was").isEqualTo(first.id());
        assertThatThrownBy(() -> crowd.send(joined.phone(), "n-2", "Une idée de trop"))
                .hasFieldOrPropertyWithValue("messageKey", "error.crowd.notWriting");
        assertThat(first.status()).isEqualTo(IdeaStatus.ON_BOARD);
        assertThat(boards.cards(workshop.facilitator(), workshop.id())).singleElement().satisfies(card -> {
            assertThat(card.getText()).isEqualTo("Des bancs à l’ombre place du marché");
            assertThat(card.getAuthor()).isEqualTo("Camille");
            assertThat(card.getAuthorId()).isEqualTo("crowd:" + joined.phone().id());
            assertThat(card.getZone()).isEqualTo("promise");
        });
        assertThat(crowd.ideasOf(again.phone())).extracting(CrowdIdea::id).containsExactly(first.id());
    }

    @Test
    void badIdeasAreRefusedAndChangeNothing() {
        CrowdPhone phone = phone(null);
        assertThatThrownBy(() -> crowd.send(phone, "n-1", "x".repeat(121)))
                .hasFieldOrPropertyWithValue("messageKey", "error.crowd.textTooLong");
        assertThatThrownBy(() -> crowd.send(phone, "n-2", "  ")).hasFieldOrPropertyWithValue("messageKey",
                "error.crowd.textMissing");
        assertThatThrownBy(() -> crowd.send(phone, null, "idée")).hasFieldOrPropertyWithValue("messageKey",
                "error.crowd.nonce");
        assertThatThrownBy(() -> crowd.join(code, null, "n".repeat(41), "203.0.113.7"))
                .hasFieldOrPropertyWithValue("messageKey", "error.crowd.nameTooLong");
        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, Crowd.Step.WAIT,
                null, null, null));
        assertThatThrownBy(() -> crowd.send(phone, "n-3", "trop tôt")).isInstanceOf(ConflictException.class);
        sessions.setBoardLocked(workshop.facilitator(), workshop.id(), true);
        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, Crowd.Step.WRITE,
                null, null, null));
        assertThatThrownBy(() -> crowd.send(phone, "n-4", "sur un tableau verrouillé"))
                .hasFieldOrPropertyWithValue("messageKey", "error.session.boardLocked");
        assertThat(boards.cards(workshop.facilitator(), workshop.id())).isEmpty();
        assertThat(crowd.ideasOf(phone)).as("a refused idea leaves nothing behind").isEmpty();
    }

    @Test
    void aPhoneSendingTooFastIsHeldBack() {
        CrowdPhone phone = phone(null);
        for (int i = 0; i < 5; i++) {
            crowd.send(phone, "n-" + i, "idée " + i);
        }
        assertThatThrownBy(() -> crowd.send(phone, "n-5", "une de trop")).isInstanceOf(RateLimitedException.class);
        assertThat(crowd.send(phone, "n-4", "idée 4").status()).as("a resend is not a new idea")
                .isEqualTo(IdeaStatus.ON_BOARD);
        assertThat(crowd.send(phone("Autre"), "n-0", "un autre téléphone").status()).isEqualTo(IdeaStatus.ON_BOARD);
    }

    @Test
    void onAModeratedBoardIdeasWaitThenGoOnTheBoardJoinACardOrAreRejected() {
        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, null, null, null,
                true));
        CrowdPhone phone = phone("Léa");
        CrowdIdea kept = crowd.send(phone, "a", "Une navette le soir");
        CrowdIdea same = crowd.send(phone, "b", "Un bus après 21 h");
        CrowdIdea off = crowd.send(phone, "c", "Hors sujet");
        assertThat(kept.status()).isEqualTo(IdeaStatus.WAITING);
        assertThat(boards.cards(workshop.facilitator(), workshop.id())).as("nothing before a moderator").isEmpty();
        assertThat(crowd.queue(workshop.facilitator(), workshop.id())).extracting(CrowdIdea::text)
                .containsExactly("Une navette le soir", "Un bus après 21 h", "Hors sujet");
        assertThatThrownBy(() -> crowd.queue(workshop.guest("Paul", Role.PARTICIPANT), workshop.id()))
                .isInstanceOf(ForbiddenException.class);

        sessions.setPhase(workshop.facilitator(), workshop.id(), "discuss"); // the crowd's step is the phones' phase
        CrowdIdea late = crowd.send(phone, "d", "Encore une");
        assertThat(late.status()).isEqualTo(IdeaStatus.WAITING);
        crowd.reject(workshop.facilitator(), workshop.id(), late.id());
        CrowdIdea approved = crowd.approve(workshop.facilitator(), workshop.id(), kept.id());
        assertThat(approved.status()).isEqualTo(IdeaStatus.ON_BOARD);
        assertThatThrownBy(() -> crowd.approve(workshop.facilitator(), workshop.id(), kept.id()))
                .as("decided once").hasFieldOrPropertyWithValue("messageKey", "error.crowd.decided");
        crowd.merge(workshop.facilitator(), workshop.id(), same.id(), approved.cardId());
        crowd.reject(workshop.facilitator(), workshop.id(), off.id());

        assertThat(boards.cards(workshop.facilitator(), workshop.id())).singleElement().satisfies(card -> {
            assertThat(card.getText()).isEqualTo("Une navette le soir");
            assertThat(card.getPlusOnes()).isEqualTo(1);
        });
        assertThat(crowd.ideasOf(phone)).extracting(CrowdIdea::status)
                .containsExactlyInAnyOrder(IdeaStatus.ON_BOARD, IdeaStatus.MERGED, IdeaStatus.REJECTED,
                        IdeaStatus.REJECTED);
        assertThat(crowd.queue(workshop.facilitator(), workshop.id())).isEmpty();
    }

    @Test
    void privateWritingAndAnonymityHoldForTheCrowdsCards() {
        sessions.updateSettings(workshop.facilitator(), workshop.id(), true, null);
        crowd.send(phone("Camille"), "n", "Un jardin partagé");
        Actor participant = workshop.guest("Paul", Role.PARTICIPANT);
        assertThat(boards.cards(participant, workshop.id())).singleElement()
                .satisfies(card -> assertThat(card.isHidden()).isTrue());
        sessions.updateSettings(workshop.facilitator(), workshop.id(), false, true);
        Card seen = boards.cards(participant, workshop.id()).getFirst();
        assertThat(seen.getText()).isEqualTo("Un jardin partagé");
        assertThat(seen.getAuthor()).as("no names on an anonymous board").isNull();
    }

    @Test
    void theQueueSuggestsTheCardsAnIdeaLooksLikeAndHowManyWaitingIdeasAreAlike() {
        crowd.send(phone("A"), "n", "Des pistes cyclables sécurisées");
        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, null, null, null,
                true));
        CrowdPhone phone = phone("B");
        CrowdIdea bike = crowd.send(phone, "a", "Une piste cyclable securisee");
        crowd.send(phone, "b", "Pistes cyclables partout");
        crowd.send(phone, "c", "Une navette le soir");
        var queue = crowd.queueWithLookAlikes(workshop.facilitator(), workshop.id());
        CrowdService.Waiting first = queue.getFirst();
        assertThat(first.idea().id()).isEqualTo(bike.id());
        assertThat(first.looksLike()).extracting(Card::getText).containsExactly("Des pistes cyclables sécurisées");
        assertThat(first.alike()).isEqualTo(1);
        assertThat(queue.getLast().looksLike()).isEmpty();
        assertThat(queue.getLast().alike()).isZero();
        assertThat(crowd.queue(workshop.facilitator(), workshop.id())).as("suggestions merge nothing").hasSize(3);
    }

    @Test
    void phonesVoteWithTheirDotsOnTheShortlistOnlyWhileTheVoteIsOpenAndEachVoteStartsAfresh() {
        Card bikes = workshop.card("promise", "Des pistes cyclables");
        Card bus = workshop.card("promise", "Une navette le soir");
        Card other = workshop.card("promise", "Hors sélection");
        assertThatThrownBy(() -> crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(
                null, Crowd.Step.VOTE, null, null, null, List.of(), 2)))
                .hasFieldOrPropertyWithValue("messageKey", "error.crowd.shortlistMissing");
        assertThatThrownBy(() -> crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(
                null, Crowd.Step.VOTE, null, null, null, List.of("not-a-card"), 2)))
                .hasFieldOrPropertyWithValue("field", "shortlist");
        Crowd open = crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null,
                Crowd.Step.VOTE, null, null, null, List.of(bikes.getId(), bus.getId()), 2)).getCrowd();
        assertThat(open.round()).isEqualTo(1);

        CrowdPhone camille = phone("Camille");
        CrowdPhone lea = phone("Léa");
        crowd.vote(camille, bikes.getId(), true);
        assertThat(crowd.vote(camille, bikes.getId(), true)).containsEntry(bikes.getId(), 2);
        assertThatThrownBy(() -> crowd.vote(camille, bus.getId(), true)).as("two dots each")
                .hasFieldOrPropertyWithValue("messageKey", "error.crowd.noDotsLeft");
        assertThat(crowd.vote(camille, bikes.getId(), false)).containsEntry(bikes.getId(), 1);
        crowd.vote(camille, bus.getId(), true);
        crowd.vote(lea, bus.getId(), true);
        assertThatThrownBy(() -> crowd.vote(lea, other.getId(), true))
                .hasFieldOrPropertyWithValue("messageKey", "error.crowd.notShortlisted");
        assertThat(crowd.dotsOf(camille)).containsOnly(Map.entry(bikes.getId(), 1), Map.entry(bus.getId(), 1));

        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, Crowd.Step.WAIT,
                null, null, null));
        assertThatThrownBy(() -> crowd.vote(lea, bikes.getId(), true)).as("closed")
                .isInstanceOf(ConflictException.class);
        assertThat(crowd.results(workshop.facilitator(), workshop.id()))
                .containsExactly(Map.entry(bikes.getId(), 1), Map.entry(bus.getId(), 2));

        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, Crowd.Step.VOTE,
                null, null, null));
        assertThat(crowd.dotsOf(camille)).as("a new vote, a new ballot").isEmpty();
        assertThat(crowd.results(workshop.facilitator(), workshop.id())).containsOnly(Map.entry(bikes.getId(), 0),
                Map.entry(bus.getId(), 0));
    }

    @Test
    void tabsOfOnePhoneVotingAtOnceCannotSpendADotTwice() throws Exception {
        Card bikes = workshop.card("promise", "Des pistes cyclables");
        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, Crowd.Step.VOTE, null,
                null, null, List.of(bikes.getId()), 2));
        CrowdPhone phone = phone("Camille");
        int tabs = 8;
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger spent = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                    crowd.vote(phone, bikes.getId(), true);
                    spent.incrementAndGet();
                } catch (ConflictException noDotsLeft) {
                    refused.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(spent.get()).isEqualTo(2);
        assertThat(refused.get()).isEqualTo(tabs - 2);
        assertThat(crowd.dotsOf(phone)).containsOnly(Map.entry(bikes.getId(), 2));
        assertThat(crowd.vote(phone, bikes.getId(), false)).containsOnly(Map.entry(bikes.getId(), 1));
        assertThat(crowd.results(workshop.facilitator(), workshop.id())).containsOnly(Map.entry(bikes.getId(), 1));
    }

    @Test
    void reactionsAreCountedForTheWallFromTheKnownSetOnlyAndNotFlooded() {
        CrowdPhone phone = phone(null);
        crowd.react(phone, "👏");
        crowd.react(phone, "👏");
        crowd.react(phone, "💡");
        assertThatThrownBy(() -> crowd.react(phone, "<script>")).hasFieldOrPropertyWithValue("field", "reaction");
        crowd.react(phone, "👏");
        crowd.react(phone, "👏");
        assertThatThrownBy(() -> crowd.react(phone, "👏")).as("five at once, then one a second")
                .isInstanceOf(RateLimitedException.class);
        assertThat(crowd.reactions(workshop.facilitator(), workshop.id())).containsEntry("👏", 4)
                .containsEntry("💡", 1).containsEntry("❤️", 0);
    }
}
