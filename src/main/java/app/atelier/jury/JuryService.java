package app.atelier.jury;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardRemoved;
import app.atelier.board.Phase;
import app.atelier.security.Actor;
import app.atelier.template.BoardTemplate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The jury of a format that has one (a hackathon): facilitators and observers mark each card of the scored zones on
 * the format's criteria, 1 to 5, each juror once per card (a new mark replaces theirs). The results rank the cards
 * by the sum of their average marks; the jury sees them at any time, the participants once the phase is "decide".
 */
@Service
public class JuryService {
    static final int LOWEST = 1;
    static final int HIGHEST = 5;

    private final BoardService boards;
    private final AccessService access;
    private final MongoTemplate mongo;
    private final Clock clock;

    JuryService(BoardService boards, AccessService access, MongoTemplate mongo, Clock clock) {
        this.boards = boards;
        this.access = access;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Whether this role sits on the jury. */
    public static boolean isJuror(Role role) {
        return role == Role.FACILITATOR || role == Role.OBSERVER;
    }

    /** The criteria of the board's format, if it has a jury. */
    public List<String> criteria(Board board) {
        return criteria(boards.templateOf(board));
    }

    private static List<String> criteria(BoardTemplate template) {
        return template.jury().map(BoardTemplate.Scoring::criteria).orElse(List.of());
    }

    /** Sets this juror's marks for a card; a criterion left out (or null) keeps no mark. */
    public Map<String, Integer> mark(Actor juror, String boardId, String cardId, Map<String, Integer> marks) {
        Role role = access.requireMember(juror, boardId);
        if (!isJuror(role)) {
            throw AccessService.denied(juror, boardId, "score", "error.jury.notJuror");
        }
        BoardTemplate template = boards.templateOf(boards.getBoard(juror, boardId));
        Card card = scoredCard(juror, template, boardId, cardId);
        List<String> criteria = criteria(template);
        Map<String, Integer> clean = new LinkedHashMap<>();
        (marks == null ? Map.<String, Integer>of() : marks).forEach((criterion, mark) -> {
            if (!criteria.contains(criterion)) {
                throw new InvalidInputException("marks." + criterion, "error.jury.criterion", String.join(", ",
                        criteria));
            }
            if (mark != null && (mark < LOWEST || mark > HIGHEST)) {
                throw new InvalidInputException("marks." + criterion, "error.jury.mark", LOWEST, HIGHEST);
            }
            if (mark != null) {
                clean.put(criterion, mark);
            }
        });
        mongo.save(new Score(Score.key(boardId, card.getId(), juror.id()), boardId, card.getId(), juror.id(), clean,
                clock.instant()));
        return clean;
    }

    /** This juror's own marks for a card. */
    public Map<String, Integer> marksOf(Actor juror, String boardId, String cardId) {
        access.requireMember(juror, boardId);
        Score score = mongo.findById(Score.key(boardId, cardId, juror.id()), Score.class);
        return score == null ? Map.of() : score.marks();
    }

    /** The results table: the jury's at any time, everyone's once the phase is "decide". */
    public List<Ranking> results(Actor actor, String boardId) {
        Role role = access.requireMember(actor, boardId);
        Board board = boards.getBoard(actor, boardId);
        if (!isJuror(role) && board.getPhase() != Phase.DECIDE) {
            throw new ForbiddenException("error.jury.resultsLater");
        }
        BoardTemplate template = boards.templateOf(board);
        List<String> criteria = criteria(board);
        Map<String, List<Score>> byCard = new HashMap<>();
        mongo.find(Query.query(where("boardId").is(boardId)), Score.class)
                .forEach(s -> byCard.computeIfAbsent(s.cardId(), c -> new ArrayList<>()).add(s));
        List<Card> scored = boards.cards(actor, boardId).stream().filter(c -> !c.isHidden())
                .filter(c -> template.jury().map(j -> j.scores(c.getZone())).orElse(false)).toList();
        List<Ranking> rows = scored.stream().map(card -> row(card, criteria, byCard.getOrDefault(card.getId(),
                List.of()))).sorted(Comparator.comparingDouble(Ranking::total).reversed()).toList();
        List<Ranking> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Ranking r = rows.get(i);
            ranked.add(new Ranking(i + 1, r.cardId(), r.text(), r.averages(), r.total(), r.jurors()));
        }
        return ranked;
    }

    private static Ranking row(Card card, List<String> criteria, List<Score> scores) {
        Map<String, Double> averages = new LinkedHashMap<>();
        for (String criterion : criteria) {
            averages.put(criterion, scores.stream().filter(s -> s.marks().containsKey(criterion))
                    .mapToInt(s -> s.marks().get(criterion)).average().orElse(0));
        }
        double total = averages.values().stream().mapToDouble(Double::doubleValue).sum();
        int jurors = (int) scores.stream().filter(s -> !s.marks().isEmpty()).count();
        return new Ranking(0, card.getId(), card.getText(), averages, Math.round(total * 100) / 100.0, jurors);
    }

    /** A card the jury marks: of a scored zone, and one the juror may see. */
    private Card scoredCard(Actor juror, BoardTemplate template, String boardId, String cardId) {
        Card card = boards.getCard(juror, boardId, cardId);
        if (card.isHidden() || template.jury().map(j -> !j.scores(card.getZone())).orElse(true)) {
            throw new InvalidInputException("card", "error.jury.notScored");
        }
        return card;
    }

    /** A deleted card takes its marks with it. */
    @EventListener
    void on(CardRemoved removed) {
        mongo.remove(Query.query(where("boardId").is(removed.boardId()).and("cardId").is(removed.cardId())),
                Score.class);
    }
}
