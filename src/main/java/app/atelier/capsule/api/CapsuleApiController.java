package app.atelier.capsule.api;

import app.atelier.base.api.RequestBodies;
import app.atelier.board.api.CapsuleResponse;
import app.atelier.capsule.CapsuleService;
import app.atelier.capsule.Outcome;
import app.atelier.capsule.OutcomeService;
import app.atelier.capsule.Verdict;
import app.atelier.security.AtelierUser;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The time capsule over the API: its seal, sealing it, and once open each prediction's outcome. */
@RestController
@RequestMapping(path = "/api/boards/{boardId}", produces = MediaType.APPLICATION_JSON_VALUE)
class CapsuleApiController {
    record SealRequest(String revealAt) {
    }

    record OutcomeRequest(String happened, String verdict) {
    }

    record OutcomeResponse(String cardId, String happened, String verdict, String by, Instant at) {
        static OutcomeResponse of(Outcome o) {
            return new OutcomeResponse(o.cardId(), o.happened(), o.verdict() == null ? null : o.verdict().id(),
                    o.by(), o.at());
        }
    }

    record ComparisonResponse(String cardId, String prediction, String happened, String verdict) {
    }

    private final CapsuleService capsules;
    private final OutcomeService outcomes;

    CapsuleApiController(CapsuleService capsules, OutcomeService outcomes) {
        this.capsules = capsules;
        this.outcomes = outcomes;
    }

    @GetMapping("/capsule")
    CapsuleResponse capsule(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return CapsuleResponse.of(capsules.capsuleOf(user.actor(), boardId));
    }

    /** {@code {"revealAt": "2027-06-01T09:00:00+02:00"}}: sealed until then (facilitators; a date to come). */
    @PostMapping("/capsule/seal")
    CapsuleResponse seal(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                         @RequestBody SealRequest request) {
        RequestBodies.require(request);
        return CapsuleResponse.of(capsules.seal(user.actor(), boardId, CapsuleService.revealDate(request.revealAt())));
    }

    /** Each prediction beside what actually happened (empty until the capsule is open). */
    @GetMapping("/capsule/outcomes")
    List<ComparisonResponse> outcomes(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return outcomes.comparison(user.actor(), boardId).stream().map(c -> new ComparisonResponse(c.cardId(),
                c.prediction(), c.happened(), c.verdict() == null ? null : c.verdict().id())).toList();
    }

    /** {@code {"happened": "…", "verdict": "right|partly|wrong"}}: a prediction's outcome, once the capsule is open. */
    @PutMapping("/cards/{cardId}/outcome")
    OutcomeResponse outcome(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                            @PathVariable String cardId, @RequestBody OutcomeRequest request) {
        RequestBodies.require(request);
        Verdict verdict = request.verdict() == null ? null : Verdict.fromId(request.verdict());
        return OutcomeResponse.of(outcomes.record(user.actor(), boardId, cardId, request.happened(), verdict));
    }
}
