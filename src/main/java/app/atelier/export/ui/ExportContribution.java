package app.atelier.export.ui;

import app.atelier.access.Role;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.BoardPagePart.Place;
import app.atelier.board.ui.PartForRoles;
import app.atelier.export.BoardFormats;
import app.atelier.export.ReportService;
import app.atelier.export.SnapshotService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The export links on the board page, for those who take the board away: facilitators and observers (leaders). */
@Component
@Order(50)
class ExportContribution implements BoardPageContribution {
    private final SnapshotService snapshots;
    private final BoardFormats formats;
    private final ReportService reports;

    ExportContribution(SnapshotService snapshots, BoardFormats formats, ReportService reports) {
        this.snapshots = snapshots;
        this.formats = formats;
        this.reports = reports;
    }

    /** For those who may export (facilitators and observers); built only for them; not while a capsule is sealed. */
    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return new PartForRoles<>(Place.BELOW, role -> role == Role.FACILITATOR || role == Role.OBSERVER,
                () -> new ExportLinks(snapshots, formats, reports, page.viewer(), page.boardId(),
                        page.session().getLanguage()), (links, session) -> links.setVisible(!session.isSealed()));
    }
}
