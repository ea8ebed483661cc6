package app.atelier.export;

import app.atelier.access.AccessService;
import app.atelier.access.Membership;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.export.BoardSnapshot;
import app.atelier.export.SnapshotService;
import app.atelier.jury.JuryService;
import app.atelier.security.Actor;
import app.atelier.template.BoardTemplate;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** The PDF decision report of a board, for the facilitators and observers who may export it. */
@Service
public class ReportService {
    private final SnapshotService snapshots;
    private final AccessService access;
    private final PdfReport pdf;
    private final BoardService boards;
    private final JuryService jury;
    private final I18NProvider i18n;

    ReportService(SnapshotService snapshots, AccessService access, PdfReport pdf, BoardService boards, JuryService jury,
                  I18NProvider i18n) {
        this.jury = jury;
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
                results(actor, boardId, locale), locale);
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
