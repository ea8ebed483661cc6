package app.atelier.export.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.export.BoardFormats;
import app.atelier.export.ReportService;
import app.atelier.export.SnapshotService;
import com.vaadin.flow.component.html.Div;
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

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        Div slot = new Div();
        return new BoardPagePart() {
            @Override
            public com.vaadin.flow.component.Component component() {
                return slot;
            }

            @Override
            public void show(Role role, Board session) {
                boolean allowed = role == Role.FACILITATOR || role == Role.OBSERVER;
                if (allowed && slot.getComponentCount() == 0) {
                    // built only for those who may export: a thousand participants need not each hold the links
                    slot.add(new ExportLinks(snapshots, formats, reports, page.viewer(), page.boardId(),
                            session.getLanguage()));
                } else if (!allowed) {
                    slot.removeAll();
                }
            }
        };
    }
}
