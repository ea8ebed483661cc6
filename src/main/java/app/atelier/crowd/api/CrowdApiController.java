package app.atelier.crowd.api;

import app.atelier.access.AccessService;
import app.atelier.base.InvalidInputException;
import app.atelier.base.PublicUrls;
import app.atelier.base.api.RequestBodies;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.Crowd;
import app.atelier.crowd.CrowdIdea;
import app.atelier.crowd.CrowdService;
import app.atelier.security.AtelierUser;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Crowd mode over the API: its settings and join link, and the moderation queue (facilitators). */
@RestController
class CrowdApiController {
    record CrowdRequest(Boolean on, String step, String zone, Integer maxChars, Boolean moderated,
                        List<String> shortlist, Integer dots) {
        CrowdService.Settings settings() {
            Crowd.Step parsed = step == null ? null : Arrays.stream(Crowd.Step.values())
                    .filter(s -> s.id().equals(step)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("step", "error.crowd.step", step));
            return new CrowdService.Settings(on, parsed, zone, maxChars, moderated, shortlist, dots);
        }
    }

    record CrowdResponse(boolean on, String code, String joinUrl, String step, String zone, int maxChars,
                         boolean moderated, List<String> shortlist, int dots, int round, Map<String, Integer> results,
                         int phonesHere) {
    }

    record IdeaResponse(String id, @Nullable String name, String text, String zone, String status,
                        @Nullable String cardId,
                        Instant sentAt) {
        static IdeaResponse of(CrowdIdea idea) {
            return new IdeaResponse(idea.id(), idea.name(), idea.text(), idea.zone(), idea.status().id(),
                    idea.cardId(), idea.sentAt());
        }
    }

    /** A waiting idea, the cards it looks like (ids, most alike first) and how many other waiting ideas look alike. */
    record WaitingResponse(String id, String name, String text, String zone, Instant sentAt, List<String> looksLike,
                           int alike) {
        static WaitingResponse of(CrowdService.Waiting waiting) {
            CrowdIdea idea = waiting.idea();
            return new WaitingResponse(idea.id(), idea.name(), idea.text(), idea.zone(), idea.sentAt(),
                    waiting.looksLike().stream().map(Card::getId).toList(), waiting.alike());
        }
    }

    record MergeRequest(String cardId) {
    }

    private final CrowdService crowd;
    private final BoardService boards;
    private final AccessService access;
    private final PublicUrls urls;
    private final PhoneRooms rooms;

    CrowdApiController(CrowdService crowd, BoardService boards, AccessService access, PublicUrls urls,
                       PhoneRooms rooms) {
        this.crowd = crowd;
        this.boards = boards;
        this.access = access;
        this.urls = urls;
        this.rooms = rooms;
    }

    @GetMapping(path = "/api/boards/{boardId}/crowd", produces = MediaType.APPLICATION_JSON_VALUE)
    CrowdResponse settings(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        access.requireMember(user.actor(), boardId);
        return response(user, boards.getBoard(user.actor(), boardId));
    }

    /**
     * {@code {"on", "step": "wait"|"write"|"vote", "zone", "maxChars", "moderated", "shortlist": [cardId…], "dots"}},
     * any of them (facilitators).
     */
    @PutMapping(path = "/api/boards/{boardId}/crowd", produces = MediaType.APPLICATION_JSON_VALUE)
    CrowdResponse configure(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                            @RequestBody CrowdRequest request) {
        RequestBodies.require(request);
        return response(user, crowd.configure(user.actor(), boardId, request.settings()));
    }

    @GetMapping(path = "/api/boards/{boardId}/crowd/queue", produces = MediaType.APPLICATION_JSON_VALUE)
    List<WaitingResponse> queue(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return crowd.queueWithLookAlikes(user.actor(), boardId).stream().map(WaitingResponse::of).toList();
    }

    @PostMapping(path = "/api/boards/{boardId}/crowd/ideas/{ideaId}/approve",
            produces = MediaType.APPLICATION_JSON_VALUE)
    IdeaResponse approve(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                         @PathVariable String ideaId) {
        return IdeaResponse.of(crowd.approve(user.actor(), boardId, ideaId));
    }

    @PostMapping(path = "/api/boards/{boardId}/crowd/ideas/{ideaId}/reject",
            produces = MediaType.APPLICATION_JSON_VALUE)
    IdeaResponse reject(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                        @PathVariable String ideaId) {
        return IdeaResponse.of(crowd.reject(user.actor(), boardId, ideaId));
    }

    /** {@code {"cardId"}}: the idea says the same as that card, which gets a "+1". */
    @PostMapping(path = "/api/boards/{boardId}/crowd/ideas/{ideaId}/merge",
            produces = MediaType.APPLICATION_JSON_VALUE)
    IdeaResponse merge(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                       @PathVariable String ideaId, @RequestBody MergeRequest request) {
        RequestBodies.require(request);
        if (request.cardId() == null || request.cardId().isBlank()) {
            throw new InvalidInputException("cardId", "error.crowd.cardMissing");
        }
        return IdeaResponse.of(crowd.merge(user.actor(), boardId, ideaId, request.cardId()));
    }

    private CrowdResponse response(AtelierUser user, Board board) {
        Crowd c = board.getCrowd();
        return new CrowdResponse(c.on(), c.code(), c.code() == null ? null : urls.base() + "/crowd/" + c.code(),
                c.step().id(), c.zone(), c.maxChars(), c.moderated(), c.shortlist(), c.dots(), c.round(),
                crowd.results(user.actor(), board.getId()), rooms.connected(board.getId()));
    }
}
