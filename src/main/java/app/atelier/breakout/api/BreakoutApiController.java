package app.atelier.breakout.api;

import app.atelier.base.api.RequestBodies;
import app.atelier.board.BreakoutGroup;
import app.atelier.board.api.CardResponse;
import app.atelier.breakout.BreakoutService;
import app.atelier.security.AtelierUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Breakout groups over the API: split, move a member, rename, give a card to a group, end. */
@RestController
@RequestMapping(path = "/api/boards/{boardId}", produces = MediaType.APPLICATION_JSON_VALUE)
class BreakoutApiController {
    record SplitRequest(Integer groups) {
    }

    record GroupRequest(String group) {
    }

    record NameRequest(String name) {
    }

    private final BreakoutService breakouts;

    BreakoutApiController(BreakoutService breakouts) {
        this.breakouts = breakouts;
    }

    @GetMapping("/breakouts")
    List<BreakoutGroup> groups(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return breakouts.groups(user.actor(), boardId);
    }

    /** {@code {"groups": n}}: the participants split at random into n groups (replacing the groups there were). */
    @PostMapping("/breakouts")
    List<BreakoutGroup> split(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                              @RequestBody SplitRequest request) {
        RequestBodies.require(request);
        return breakouts.split(user.actor(), boardId, request.groups());
    }

    @PutMapping("/breakouts/{groupId}")
    List<BreakoutGroup> rename(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                               @PathVariable String groupId, @RequestBody NameRequest request) {
        RequestBodies.require(request);
        return breakouts.rename(user.actor(), boardId, groupId, request.name());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/breakouts")
    ResponseEntity<Void> end(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        breakouts.end(user.actor(), boardId);
        return ResponseEntity.noContent().build();
    }

    /** {@code {"group": id}} moves a member into that group; {@code null}, into none. */
    @PutMapping("/members/{memberId}/breakout")
    List<BreakoutGroup> moveMember(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                   @PathVariable String memberId, @RequestBody GroupRequest request) {
        RequestBodies.require(request);
        return breakouts.moveMember(user.actor(), boardId, memberId, request.group());
    }

    /** {@code {"group": id}} gives the card to that group; {@code null}, to none. */
    @PutMapping("/cards/{cardId}/breakout")
    CardResponse assignCard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                            @PathVariable String cardId, @RequestBody GroupRequest request) {
        RequestBodies.require(request);
        return CardResponse.of(breakouts.assignCard(user.actor(), boardId, cardId, request.group()));
    }
}
