package app.atelier.export;

import app.atelier.access.AccessService;
import app.atelier.access.Membership;
import app.atelier.access.Role;
import app.atelier.export.BoardSnapshot;
import app.atelier.export.SnapshotService;
import app.atelier.security.Actor;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** The PDF decision report of a board, for the facilitators and observers who may export it. */
@Service
public class ReportService {
    private final SnapshotService snapshots;
    private final AccessService access;
    private final PdfReport pdf;

    ReportService(SnapshotService snapshots, AccessService access, PdfReport pdf) {
        this.snapshots = snapshots;
        this.access = access;
        this.pdf = pdf;
    }

    public byte[] pdf(Actor actor, String boardId, Locale locale) {
        BoardSnapshot snapshot = snapshots.snapshot(actor, boardId);
        List<Membership> members = access.members(actor, boardId);
        return pdf.render(snapshot, new PdfReport.Attendance(names(members, Role.FACILITATOR),
                members.stream().filter(m -> m.getRole() != Role.FACILITATOR).map(Membership::getMemberName).toList()),
                locale);
    }

    private static List<String> names(List<Membership> members, Role role) {
        return members.stream().filter(m -> m.getRole() == role).map(Membership::getMemberName).toList();
    }
}
