package app.atelier.action.api;

import app.atelier.action.Action;
import app.atelier.action.ActionService;
import app.atelier.action.ActionStatus;
import app.atelier.action.CalendarFeed;
import app.atelier.action.CalendarService;
import app.atelier.base.api.RequestBodies;
import app.atelier.security.AtelierUser;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Actions over the API: a board's plan, one's own actions, follow-ups and calendar feeds. */
@RestController
class ActionApiController {
    record ActionRequest(String cardId, String what, String ownerId, String ownerName, String due, String status,
                         String note, Long version) {
        ActionService.Draft draft() {
            return new ActionService.Draft(what, ownerId, ownerName, ActionService.dueDate(due),
                    status == null ? null : ActionStatus.fromId(status), note);
        }
    }

    record CheckInResponse(Instant at, String by, String status, String note, boolean followUp) {
    }

    record ActionResponse(String id, String boardId, @Nullable String cardId, String what, @Nullable String ownerId,
                          @Nullable String ownerName,
                          @Nullable LocalDate due, String status, String note, boolean late, long version,
                          List<CheckInResponse> checkIns) {
        static ActionResponse of(Action a, LocalDate today) {
            return new ActionResponse(a.id(), a.boardId(), a.cardId(), a.what(), a.ownerId(), a.ownerName(), a.due(),
                    a.status().id(), a.note(), a.lateOn(today), a.version() == null ? 0 : a.version(),
                    a.checkIns().stream().map(c -> new CheckInResponse(c.at(), c.by(), c.status().id(), c.note(),
                            c.followUp())).toList());
        }
    }

    record FollowUpRequest(Boolean active) {
    }

    record FeedResponse(String id, String kind, @Nullable String boardId, Instant createdAt,
                        @Nullable Instant revokedAt, @Nullable String url) {
        static FeedResponse of(CalendarFeed f, String url) {
            return new FeedResponse(f.id(), f.kind().name().toLowerCase(java.util.Locale.ROOT), f.boardId(),
                    f.createdAt(), f.revokedAt(), url);
        }
    }

    private final ActionService actions;
    private final CalendarService calendars;

    ActionApiController(ActionService actions, CalendarService calendars) {
        this.actions = actions;
        this.calendars = calendars;
    }

    @GetMapping(path = "/api/boards/{boardId}/actions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ActionResponse> plan(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        LocalDate today = actions.today();
        return actions.plan(user.actor(), boardId).stream().map(a -> ActionResponse.of(a, today)).toList();
    }

    /** {@code {"cardId", "what", "ownerId" | "ownerName", "due": "2027-03-31"}}: a new action (facilitators). */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/boards/{boardId}/actions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ActionResponse> create(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                          @RequestBody ActionRequest request) {
        RequestBodies.require(request);
        Action action = actions.create(user.actor(), boardId, request.cardId(), request.draft());
        return ResponseEntity.created(URI.create("/api/boards/" + boardId + "/actions/" + action.id()))
                .body(ActionResponse.of(action, actions.today()));
    }

    @PatchMapping(path = "/api/boards/{boardId}/actions/{actionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ActionResponse update(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                          @PathVariable String actionId, @RequestBody ActionRequest request) {
        RequestBodies.require(request);
        return ActionResponse.of(actions.update(user.actor(), boardId, actionId, request.draft(), request.version()),
                actions.today());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/boards/{boardId}/actions/{actionId}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                @PathVariable String actionId) {
        actions.delete(user.actor(), boardId, actionId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/actions/mine", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ActionResponse> mine(@AuthenticationPrincipal AtelierUser user) {
        LocalDate today = actions.today();
        return actions.mine(user.actor()).stream().map(a -> ActionResponse.of(a, today)).toList();
    }

    /** {@code {"active": true}} starts a follow-up of the plan with the group, {@code false} ends it. */
    @PostMapping(path = "/api/boards/{boardId}/follow-up", produces = MediaType.APPLICATION_JSON_VALUE)
    FollowUpRequest followUp(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                             @RequestBody FollowUpRequest request) {
        RequestBodies.require(request);
        return new FollowUpRequest(actions.followUp(user.actor(), boardId, Boolean.TRUE.equals(request.active()))
                .getFollowUp().active());
    }

    /** A calendar feed of the board's actions (facilitators): its URL is shown this once. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/boards/{boardId}/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedResponse> boardFeed(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        CalendarService.NewFeed feed = calendars.createForBoard(user.actor(), boardId);
        return ResponseEntity.status(201).body(FeedResponse.of(feed.feed(), feed.url()));
    }

    /** A calendar feed of your own actions, on every board. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedResponse> ownFeed(@AuthenticationPrincipal AtelierUser user) {
        CalendarService.NewFeed feed = calendars.createForOwner(user.actor());
        return ResponseEntity.status(201).body(FeedResponse.of(feed.feed(), feed.url()));
    }

    @GetMapping(path = "/api/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
    List<FeedResponse> feeds(@AuthenticationPrincipal AtelierUser user) {
        return calendars.feeds(user.actor()).stream().map(f -> FeedResponse.of(f, null)).toList();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/calendar/{feedId}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal AtelierUser user, @PathVariable String feedId) {
        calendars.revoke(user.actor(), feedId);
        return ResponseEntity.noContent().build();
    }
}
