package app.atelier.export;

import app.atelier.access.AccessService;
import app.atelier.access.Membership;
import app.atelier.access.Role;
import app.atelier.action.Action;
import app.atelier.action.ActionService;
import app.atelier.action.ActionStatus;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.capsule.OutcomeService;
import app.atelier.capsule.Verdict;
import app.atelier.jury.JuryService;
import app.atelier.security.Actor;
import app.atelier.template.BoardTemplate;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The PDF decision report of a board, for the facilitators and observers who may export it. */
@Service
public class ReportService {
    private final SnapshotService snapshots;
    private final AccessService access;
    private final PdfReport pdf;
    private final BoardService boards;
    private final JuryService jury;
    private final OutcomeService outcomes;
    private final ActionService actions;
    private final I18NProvider i18n;
    private final FollowUpReport followUp;

    ReportService(SnapshotService snapshots, AccessService access, PdfReport pdf, BoardService boards, JuryService jury,
                  OutcomeService outcomes, ActionService actions, I18NProvider i18n, FollowUpReport followUp) {
        this.followUp = followUp;
        this.actions = actions;
        this.jury = jury;
        this.outcomes = outcomes;
        this.i18n = i18n;
        this.snapshots = snapshots;
        this.access = access;
        this.pdf = pdf;
        this.boards = boards;
    }

    public byte[] pdf(Actor actor, String boardId, Locale locale) {
        BoardSnapshot snapshot = snapshots.snapshot(actor, boardId);
        List<Membership> members = access.members(actor, boardId);
        return pdf.render(snapshot, new PdfReport.Attendance(names(members, Role.FACILITATOR),
                members.stream().filter(m -> m.getRole() != Role.FACILITATOR).map(Membership::getMemberName).toList()),
                new PdfReport.Extras(results(actor, boardId, locale), comparison(actor, boardId, locale),
                        plan(actor, boardId, snapshot, locale)), locale);
    }

    /**
     * The follow-up report: the plan beside what was done. Every member sees the plan, so every member may have it;
     * the cards' words are those this member may read.
     */
    public byte[] followUpPdf(Actor actor, String boardId, Locale locale) {
        List<Action> plan = actions.plan(actor, boardId);
        return followUp.render(boards.getBoard(actor, boardId).getTitle(), plan, cardTexts(actor, boardId),
                actions.today(), locale);
    }

    private Map<String, String> cardTexts(Actor actor, String boardId) {
        Map<String, String> cardText = new HashMap<>();
        boards.cards(actor, boardId).stream().filter(c -> !c.isHidden())
                .forEach(c -> cardText.put(c.getId(), c.getText()));
        return cardText;
    }

    /** The board's actions, each with the card it carries out (by its words), and how the plan stands. */
    private ActionPlanTable.Plan plan(Actor actor, String boardId, BoardSnapshot snapshot, Locale locale) {
        List<Action> listed = actions.plan(actor, boardId);
        if (listed.isEmpty()) {
            return ActionPlanTable.Plan.NONE;
        }
        Map<String, String> cardText = cardTexts(actor, boardId);
        LocalDate today = actions.today();
        List<ActionPlanTable.Row> rows = listed.stream().map(a -> new ActionPlanTable.Row(a.what(), a.ownerName(),
                a.due().toString(), i18n.getTranslation("action.status." + a.status().id(), locale), a.lateOn(today),
                cardText.get(a.cardId()), a.note(), a.checkIns().size())).toList();
        Map<ActionStatus, Long> by = listed.stream().collect(Collectors.groupingBy(Action::status,
                Collectors.counting()));
        return new ActionPlanTable.Plan(rows, count(by, ActionStatus.DONE), count(by, ActionStatus.IN_PROGRESS),
                count(by, ActionStatus.TO_DO), count(by, ActionStatus.DROPPED),
                (int) listed.stream().filter(a -> a.lateOn(today)).count());
    }

    private static int count(Map<ActionStatus, Long> by, ActionStatus status) {
        return by.getOrDefault(status, 0L).intValue();
    }

    /** An opened time capsule's predictions beside what actually happened, with the verdicts' tally. */
    private ComparisonTable.Comparison comparison(Actor actor, String boardId, Locale locale) {
        List<OutcomeService.Comparison> rows = outcomes.comparison(actor, boardId);
        if (rows.isEmpty()) {
            return ComparisonTable.Comparison.NONE;
        }
        Map<Verdict, Long> counts = rows.stream().filter(r -> r.verdict() != null)
                .collect(Collectors.groupingBy(OutcomeService.Comparison::verdict, Collectors.counting()));
        String tally = Arrays.stream(Verdict.values()).map(v -> i18n.getTranslation("capsule.verdict." + v.id(), locale)
                + " " + counts.getOrDefault(v, 0L)).collect(Collectors.joining(" · ")) + " · "
                + i18n.getTranslation("capsule.noVerdict", locale) + " " + rows.stream()
                .filter(r -> r.verdict() == null).count();
        return new ComparisonTable.Comparison(rows.stream().map(r -> new ComparisonTable.Row(r.prediction(),
                r.happened(), r.verdict() == null ? "" : i18n.getTranslation("capsule.verdict." + r.verdict().id(),
                locale))).toList(), tally);
    }

    /** The jury's results, on a board whose format has a jury (exporters are facilitators and observers: the jury). */
    private ResultsTable.Results results(Actor actor, String boardId, Locale locale) {
        Board board = boards.getBoard(actor, boardId);
        List<String> criteria = jury.criteria(board);
        if (criteria.isEmpty()) {
            return ResultsTable.Results.NONE;
        }
        BoardTemplate template = boards.templateOf(board);
        List<ResultsTable.Row> rows = jury.results(actor, boardId).stream().map(r -> new ResultsTable.Row(r.place(),
                r.text(), criteria.stream().map(c -> r.averages().getOrDefault(c, 0.0)).toList(), r.total(),
                r.jurors())).toList();
        return new ResultsTable.Results(criteria.stream()
                .map(c -> i18n.getTranslation(template.criterionLabelKey(c), locale)).toList(), rows);
    }

    private static List<String> names(List<Membership> members, Role role) {
        return members.stream().filter(m -> m.getRole() == role).map(Membership::getMemberName).toList();
    }
}
