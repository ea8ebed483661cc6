package app.atelier.export.ui;

import app.atelier.export.BoardFormats;
import app.atelier.export.ReportService;
import app.atelier.export.SnapshotService;
import app.atelier.security.Actor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The board's export links (facilitators and observers). Each file is made when it is clicked, for that person;
 * while it is being made the row shows that it is working.
 */
public class ExportLinks extends HorizontalLayout {
    final ProgressBar progress = new ProgressBar();
    final Span preparing = new Span();

    public ExportLinks(SnapshotService snapshots, BoardFormats formats, ReportService reports, Actor actor,
                       String boardId, Locale locale) {
        setId("export-links");
        setSpacing(true);
        setAlignItems(Alignment.CENTER);
        progress.setIndeterminate(true);
        progress.setWidth("6em");
        progress.setVisible(false);
        preparing.setText(getTranslation("export.preparing"));
        preparing.setVisible(false);
        add(new Span(getTranslation("export.title")),
                link("export-pdf", "PDF", "report.pdf", "application/pdf",
                        () -> reports.pdf(actor, boardId, locale)),
                link("export-follow-up", getTranslation("export.followUp"), "follow-up.pdf", "application/pdf",
                        () -> reports.followUpPdf(actor, boardId, locale)),
                link("export-json", "JSON", "board.json", "application/json;charset=UTF-8",
                        () -> utf8(formats.json(snapshots.snapshot(actor, boardId)))),
                link("export-md", "Markdown", "board.md", "text/markdown;charset=UTF-8",
                        () -> utf8(formats.markdown(snapshots.snapshot(actor, boardId, false), locale))),
                link("export-csv", "CSV", "board.csv", "text/csv;charset=UTF-8",
                        () -> utf8(formats.csv(snapshots.snapshot(actor, boardId, false)))),
                progress, preparing);
    }

    private Anchor link(String id, String label, String fileName, String type, SerializableSupplier<byte[]> content) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }).whenComplete(done -> busy(false));
        Anchor anchor = new Anchor(handler, label);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", fileName);
        anchor.getElement().addEventListener("click", e -> busy(true));
        return anchor;
    }

    private void busy(boolean busy) {
        progress.setVisible(busy);
        preparing.setVisible(busy);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
