package app.atelier.decision.api;

import app.atelier.board.BoardService;
import app.atelier.board.api.CardResponse;
import app.atelier.decision.PriorityService;
import app.atelier.security.AtelierUser;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The priority list and the group's decisions (agreed, set aside) on the API. */
@RestController
@RequestMapping(path = "/api/boards/{boardId}", produces = MediaType.APPLICATION_JSON_VALUE)
class PriorityApiController {
    record StatusRequest(String status) {
    }

    record OrderRequest(List<String> order) {
    }

    private final PriorityService priorities;
    private final BoardService boards;

    PriorityApiController(PriorityService priorities, BoardService boards) {
        this.priorities = priorities;
        this.boards = boards;
    }

    @GetMapping("/priorities")
    List<CardResponse> ranked(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return respond(user, boardId, priorities.ranked(user.actor(), boardId));
    }

    /** {@code {"order": [cardId, …]}}: these cards take the first places, in this order. */
    @PutMapping("/priorities")
    List<CardResponse> reorder(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                               @RequestBody OrderRequest request) {
        return respond(user, boardId, priorities.reorder(user.actor(), boardId,
                request == null ? null : request.order()));
    }

    /** {@code {"status": "agreed" | "set-aside" | null}}. */
    @PutMapping("/cards/{cardId}/status")
    CardResponse status(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                        @PathVariable String cardId, @RequestBody(required = false) StatusRequest request) {
        var card = priorities.setStatus(user.actor(), boardId, cardId, request == null ? null : request.status());
        return CardResponse.of(card, boards.getBoard(user.actor(), boardId).getVote().totalsShown());
    }

    private List<CardResponse> respond(AtelierUser user, String boardId, List<app.atelier.board.Card> cards) {
        boolean showVotes = boards.getBoard(user.actor(), boardId).getVote().totalsShown();
        return cards.stream().map(c -> CardResponse.of(c, showVotes)).toList();
    }
}
