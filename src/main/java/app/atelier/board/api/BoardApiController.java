package app.atelier.board.api;

import app.atelier.base.api.ApiExceptionHandler;
import app.atelier.base.api.RequestBodies;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.board.NewCard;
import app.atelier.board.api.BoardApiModels.BoardResponse;
import app.atelier.board.api.BoardApiModels.CreateBoardRequest;
import app.atelier.board.api.BoardApiModels.CreateCardRequest;
import app.atelier.board.api.BoardApiModels.PatchCardRequest;
import app.atelier.security.AtelierUser;
import app.atelier.workspace.WorkspaceService;
import io.swagger.v3.oas.annotations.Parameter;
import com.vaadin.flow.i18n.I18NProvider;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API for integrations. Same service, same rules and same live events as the UI. */
@RestController
@RequestMapping(path = "/api/boards", produces = MediaType.APPLICATION_JSON_VALUE)
class BoardApiController {
    private final BoardService service;
    private final I18NProvider i18n;

    BoardApiController(BoardService service, I18NProvider i18n) {
        this.service = service;
        this.i18n = i18n;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<BoardResponse> createBoard(@AuthenticationPrincipal AtelierUser user,
                                              @RequestBody CreateBoardRequest request,
                                              @Parameter(description = WorkspaceService.API_PARAMETER)
                                              @RequestParam(required = false) String workspace, Locale locale) {
        RequestBodies.require(request);
        Locale language = request.language() == null ? ApiExceptionHandler.supported(locale)
                : Board.language(request.language());
        Board board = service.createBoard(user.actor(), workspace, request.title(), request.template(), language);
        return ResponseEntity.created(URI.create("/api/boards/" + board.getId()))
                .body(BoardApiModels.board(board, service.templateOf(board), null, i18n));
    }

    @GetMapping
    List<BoardResponse> listBoards(@AuthenticationPrincipal AtelierUser user,
                                   @Parameter(description = WorkspaceService.API_PARAMETER)
                                   @RequestParam(required = false) String workspace) {
        return service.listBoards(user.actor(), workspace).stream()
                .map(b -> BoardApiModels.board(b, service.templateOf(b), null, i18n)).toList();
    }

    @GetMapping("/{boardId}")
    BoardResponse getBoard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        Board board = service.getBoard(user.actor(), boardId);
        return BoardApiModels.board(board, service.templateOf(board), service.cards(user.actor(), boardId), i18n);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{boardId}/cards")
    ResponseEntity<CardResponse> addCard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                         @RequestBody CreateCardRequest request) {
        RequestBodies.require(request);
        Card card = service.addCard(user.actor(), boardId,
                new NewCard(request.zone(), request.text(), request.fields(), request.color(), request.x(), request.y()));
        return ResponseEntity.created(URI.create("/api/boards/" + boardId + "/cards/" + card.getId()))
                .body(CardResponse.of(card));
    }

    @PatchMapping(path = "/{boardId}/cards/{cardId}")
    CardResponse patchCard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                           @PathVariable String cardId, @RequestBody PatchCardRequest request) {
        RequestBodies.require(request);
        CardChanges changes = new CardChanges(request.zone(), request.text(), request.fields(), request.color(),
                request.x(), request.y());
        return CardResponse.of(service.updateCard(user.actor(), boardId, cardId, changes, request.version()));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{boardId}/cards/{cardId}")
    ResponseEntity<Void> deleteCard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                    @PathVariable String cardId) {
        service.deleteCard(user.actor(), boardId, cardId);
        return ResponseEntity.noContent().build();
    }


}
