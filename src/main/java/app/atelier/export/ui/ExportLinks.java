package app.atelier.export.ui;

import app.atelier.access.Actor;
import app.atelier.board.SnapshotService;
import app.atelier.export.BoardFormats;
import app.atelier.export.ReportService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/** The board's export links (facilitators and observers): each file is made when it is clicked, for that person. */
public class ExportLinks extends HorizontalLayout {
    public ExportLinks(SnapshotService snapshots, BoardFormats formats, ReportService reports, Actor actor,
                       String boardId, Locale locale) {
        setId("export-links");
        setSpacing(true);
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = reports.pdf(actor, boardId, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "report.pdf", "application/pdf", bytes.length);
        }), "PDF");
        pdf.setId("export-pdf");
        pdf.getElement().setAttribute("download", "report.pdf");
        add(new Span(getTranslation("export.title")), pdf,
                link("export-json", "JSON", "board.json", "application/json",
                        s -> formats.json(snapshots.snapshot(actor, boardId)), snapshots, boardId),
                link("export-md", "Markdown", "board.md", "text/markdown",
                        s -> formats.markdown(snapshots.snapshot(actor, boardId), locale), snapshots, boardId),
                link("export-csv", "CSV", "board.csv", "text/csv",
                        s -> formats.csv(snapshots.snapshot(actor, boardId)), snapshots, boardId));
    }

    private static Anchor link(String id, String label, String fileName, String type,
                               Function<SnapshotService, String> content, SnapshotService snapshots, String boardId) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.apply(snapshots).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type + ";charset=UTF-8", bytes.length);
        }), label);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }
}
