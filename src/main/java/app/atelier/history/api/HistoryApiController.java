package app.atelier.history.api;

import app.atelier.board.BoardService;
import app.atelier.board.api.CardResponse;
import app.atelier.history.Change;
import app.atelier.history.HistoryCsv;
import app.atelier.history.HistoryService;
import app.atelier.security.AtelierUser;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A board's history over the API (facilitators): its changes, the board after any of them, a CSV of them. */
@RestController
@RequestMapping(path = "/api/boards/{boardId}")
class HistoryApiController {
    record ChangeResponse(long seq, Instant at, @Nullable String who, String kind, @Nullable String cardId,
                          @Nullable String zone, @Nullable String text) {
        static ChangeResponse of(Change c) {
            return new ChangeResponse(c.seq(), c.at(), c.who(), c.kind().id(), c.cardId(), c.zone(), c.text());
        }
    }

    record MomentResponse(long seq, @Nullable String phase, List<CardResponse> cards) {
    }

    private final HistoryService history;
    private final HistoryCsv csv;
    private final BoardService boards;

    HistoryApiController(HistoryService history, HistoryCsv csv, BoardService boards) {
        this.history = history;
        this.csv = csv;
        this.boards = boards;
    }

    @GetMapping(path = "/history", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ChangeResponse> changes(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return history.changes(user.actor(), boardId).stream().map(ChangeResponse::of).toList();
    }

    /** The board as it was right after change {@code seq}, read-only. */
    @GetMapping(path = "/history/{seq}", produces = MediaType.APPLICATION_JSON_VALUE)
    MomentResponse at(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                      @PathVariable long seq) {
        HistoryService.Moment moment = history.at(user.actor(), boardId, seq);
        return new MomentResponse(moment.seq(), moment.phase(), moment.cards().stream().map(CardResponse::of)
                .toList());
    }

    @ApiResponse(responseCode = "200", description = "One line per change", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    @GetMapping(path = "/history.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                               Locale locale) {
        List<Change> changes = history.changes(user.actor(), boardId);
        String text = csv.write(changes, boards.templateOf(boards.getBoard(user.actor(), boardId)),
                supported(locale));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"history.csv\"")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }
}
