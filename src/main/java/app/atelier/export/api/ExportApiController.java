package app.atelier.export.api;

import app.atelier.base.InvalidInputException;
import app.atelier.base.TooLargeException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.export.BoardFormats;
import app.atelier.export.BoardSnapshot;
import app.atelier.export.ReportService;
import app.atelier.export.SnapshotService;
import app.atelier.security.AtelierUser;
import app.atelier.workspace.WorkspaceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

/** Exports of a board (facilitators and observers) and the import of a JSON export as a new board. */
@RestController
class ExportApiController {
    private final SnapshotService snapshots;
    private final BoardFormats formats;
    private final ReportService reports;
    private final BoardService boards;
    private final int maxImportBytes;

    ExportApiController(SnapshotService snapshots, BoardFormats formats, ReportService reports, BoardService boards,
                        @Value("${atelier.import.max-bytes:50MB}") DataSize maxImportBytes) {
        this.boards = boards;
        this.maxImportBytes = (int) Math.min(Integer.MAX_VALUE - 8, maxImportBytes.toBytes());
        this.snapshots = snapshots;
        this.formats = formats;
        this.reports = reports;
    }

    /** The decision report, in the board's language. */
    @ApiResponse(responseCode = "200", description = "The decision report",
            content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/boards/{boardId}/report.pdf")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("report.pdf").build()
                        .toString())
                .body(reports.pdf(user.actor(), boardId, language(user, boardId)));
    }

    /** The follow-up report (the action plan beside what was done), for every member, in the board's language. */
    @ApiResponse(responseCode = "200", description = "The follow-up report",
            content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/boards/{boardId}/follow-up.pdf")
    ResponseEntity<byte[]> followUpReport(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("follow-up.pdf")
                        .build().toString())
                .body(reports.followUpPdf(user.actor(), boardId, language(user, boardId)));
    }

    @ApiResponse(responseCode = "200", description = "The board, as POST /api/boards/import reads it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BoardSnapshot.class)))
    @GetMapping("/api/boards/{boardId}/export.json")
    ResponseEntity<String> json(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return file(formats.json(snapshots.snapshot(user.actor(), boardId)), MediaType.APPLICATION_JSON, "board.json");
    }

    @ApiResponse(responseCode = "200", description = "The board as Markdown",
            content = @Content(mediaType = "text/markdown",
            schema = @Schema(type = "string")))
    @GetMapping("/api/boards/{boardId}/export.md")
    ResponseEntity<String> markdown(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return file(formats.markdown(snapshots.snapshot(user.actor(), boardId, false), language(user, boardId)),
                new MediaType("text", "markdown", StandardCharsets.UTF_8), "board.md");
    }

    @ApiResponse(responseCode = "200", description = "One line per card", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    @GetMapping("/api/boards/{boardId}/export.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return file(formats.csv(snapshots.snapshot(user.actor(), boardId, false)),
                new MediaType("text", "csv", StandardCharsets.UTF_8), "board.csv");
    }

    /** What an import made: the new board. */
    record ImportedBoard(String id, String title) {
    }

    /** The body is a JSON export; the new board's facilitator is the caller. */
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "A board as GET /api/boards/{boardId}/export.json gives it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BoardSnapshot.class))))
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/boards/import", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportedBoard> importBoard(@AuthenticationPrincipal AtelierUser user,
                                              @Parameter(description = WorkspaceService.API_PARAMETER)
                                              @RequestParam(required = false) String workspace,
                                              HttpServletRequest request) throws IOException {
        String body = boundedBody(request);
        BoardSnapshot snapshot;
        try {
            snapshot = body.isEmpty() ? null : formats.readJson(body);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "error.json.malformed");
        }
        Board board = snapshots.restore(user.actor(), workspace, snapshot);
        return ResponseEntity.created(URI.create("/api/boards/" + board.getId()))
                .body(new ImportedBoard(board.getId(), board.getTitle()));
    }

    /**
     * The request's body, never read past {@code atelier.import.max-bytes}: a body sent in chunks announces no
     * length, and an announced one may lie.
     */
    private String boundedBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxImportBytes) {
            throw tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(maxImportBytes + 1);
        if (body.length > maxImportBytes) {
            throw tooLarge();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private TooLargeException tooLarge() {
        return new TooLargeException("error.import.tooLarge", DataSize.ofBytes(maxImportBytes).toKilobytes());
    }

    private Locale language(AtelierUser user, String boardId) {
        return boards.getBoard(user.actor(), boardId).getLanguage();
    }

    private static ResponseEntity<String> file(String content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
