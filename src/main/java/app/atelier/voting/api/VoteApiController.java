package app.atelier.voting.api;

import app.atelier.base.InvalidInputException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.VoteSettings;
import app.atelier.board.api.CardResponse;
import app.atelier.board.api.SessionResponse;
import app.atelier.security.AtelierUser;
import app.atelier.voting.Ballot;
import app.atelier.voting.VotingService;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Dot-voting on the API: facilitators open and close the vote; members who write spend their dots. */
@RestController
@RequestMapping(path = "/api/boards/{boardId}", produces = MediaType.APPLICATION_JSON_VALUE)
class VoteApiController {
    record OpenVoteRequest(Integer budget, Integer maxPerCard, Boolean hideTotals) {
    }

    record VoteRequest(Integer delta) {
    }

    /** The vote's settings and, for the caller, their own dots. */
    record VoteResponse(boolean open, int round, int budget, Integer maxPerCard, boolean hideTotals, int spent,
                        Map<String, Integer> myVotes) {
    }

    private final VotingService voting;
    private final BoardService boards;

    VoteApiController(VotingService voting, BoardService boards) {
        this.voting = voting;
        this.boards = boards;
    }

    @PostMapping("/vote")
    SessionResponse open(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                         @RequestBody(required = false) OpenVoteRequest request) {
        OpenVoteRequest settings = request == null ? new OpenVoteRequest(null, null, null) : request;
        Board board = voting.open(user.actor(), boardId, settings.budget(), settings.maxPerCard(),
                Boolean.TRUE.equals(settings.hideTotals()));
        return session(board);
    }

    @DeleteMapping("/vote")
    SessionResponse close(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        Board board = voting.close(user.actor(), boardId);
        return session(board);
    }

    @GetMapping("/vote")
    VoteResponse get(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        VoteSettings vote = boards.getBoard(user.actor(), boardId).getVote();
        Optional<Ballot> ballot = voting.ballot(user.actor(), boardId);
        return new VoteResponse(vote.open(), vote.round(), vote.budget(), vote.maxPerCard(), vote.hideTotals(),
                ballot.map(Ballot::getSpent).orElse(0), ballot.map(Ballot::getPerCard).orElse(Map.of()));
    }

    /** {@code {"delta": 1}} adds a dot, {@code {"delta": -1}} takes one back. */
    @PostMapping("/cards/{cardId}/votes")
    CardResponse vote(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                      @PathVariable String cardId, @RequestBody VoteRequest request) {
        if (request == null || request.delta() == null) {
            throw new InvalidInputException("delta", "error.vote.delta");
        }
        var card = voting.vote(user.actor(), boardId, cardId, request.delta());
        return CardResponse.of(card, boards.getBoard(user.actor(), boardId).getVote().totalsShown());
    }

    private SessionResponse session(Board board) {
        return SessionResponse.of(board, boards.templateOf(board));
    }
}
