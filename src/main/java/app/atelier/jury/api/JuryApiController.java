package app.atelier.jury.api;

import app.atelier.base.api.RequestBodies;
import app.atelier.jury.JuryService;
import app.atelier.jury.Ranking;
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

/** The jury over the API: a juror's marks for a card, and the results table. */
@RestController
@RequestMapping(path = "/api/boards/{boardId}", produces = MediaType.APPLICATION_JSON_VALUE)
class JuryApiController {
    record Marks(Map<String, Integer> marks) {
    }

    private final JuryService jury;

    JuryApiController(JuryService jury) {
        this.jury = jury;
    }

    @GetMapping("/cards/{cardId}/marks")
    Marks marks(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId, @PathVariable String cardId) {
        return new Marks(jury.marksOf(user.actor(), boardId, cardId));
    }

    /** {@code {"marks": {"impact": 4, …}}}: this juror's marks for the card (each 1 to 5; one left out keeps none). */
    @PutMapping("/cards/{cardId}/marks")
    Marks mark(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId, @PathVariable String cardId,
               @RequestBody Marks request) {
        RequestBodies.require(request);
        return new Marks(jury.mark(user.actor(), boardId, cardId, request.marks()));
    }

    @GetMapping("/results")
    List<Ranking> results(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return jury.results(user.actor(), boardId);
    }
}
