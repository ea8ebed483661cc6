package app.atelier.discussion.api;

import app.atelier.board.BoardService;
import app.atelier.board.api.CardResponse;
import app.atelier.discussion.GroupService;
import app.atelier.security.AtelierUser;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Groups of cards (patterns) and evidence links (a golden rule's fails). */
@RestController
@RequestMapping(path = "/api/boards/{boardId}", produces = MediaType.APPLICATION_JSON_VALUE)
class GroupApiController {
    record GroupRequest(String group) {
    }

    record EvidenceRequest(List<String> cardIds) {
    }

    record GroupResponse(String name, List<String> cardIds) {
    }

    private final GroupService groups;
    private final BoardService boards;

    GroupApiController(GroupService groups, BoardService boards) {
        this.groups = groups;
        this.boards = boards;
    }

    @GetMapping("/groups")
    List<GroupResponse> list(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        Map<String, List<String>> all = groups.groups(user.actor(), boardId);
        return all.entrySet().stream().map(e -> new GroupResponse(e.getKey(), e.getValue())).toList();
    }

    /** {@code {"group": "name"}} puts the card in that group; {@code {"group": null}} takes it out. */
    @PutMapping("/cards/{cardId}/group")
    CardResponse group(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                       @PathVariable String cardId, @RequestBody(required = false) GroupRequest request) {
        var card = groups.setGroup(user.actor(), boardId, cardId, request == null ? null : request.group());
        return CardResponse.of(card, boards.getBoard(user.actor(), boardId).getVote().totalsShown());
    }

    @PutMapping("/cards/{cardId}/evidence")
    CardResponse evidence(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                          @PathVariable String cardId, @RequestBody(required = false) EvidenceRequest request) {
        var card = groups.setEvidence(user.actor(), boardId, cardId, request == null ? null : request.cardIds());
        return CardResponse.of(card, boards.getBoard(user.actor(), boardId).getVote().totalsShown());
    }
}
