package app.atelier.board.api;

import app.atelier.board.Board;
import app.atelier.board.BreakoutGroup;
import app.atelier.board.FollowUp;
import app.atelier.board.TimerState;
import app.atelier.board.VoteSettings;
import app.atelier.template.BoardTemplate;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The session: phase (with the template's agenda), locks, the vote's settings, groups, a time capsule's seal, and
 * whether a follow-up of the action plan is running.
 */
@NamedInterface("api")
public record SessionResponse(String phase, List<String> agenda, boolean locked, List<String> lockedZones,
                              boolean privateWriting, boolean anonymous, VoteSettings vote, TimerResponse timer,
                              @Nullable String spotlightCardId, List<BreakoutGroup> breakoutGroups,
                              CapsuleResponse capsule,
                              FollowUp followUp) {
    public static SessionResponse of(Board board, BoardTemplate template) {
        TimerState t = board.getTimer();
        return new SessionResponse(board.getPhase().id(), template.agenda(), board.isLocked(),
                board.getLockedZones().stream().sorted().toList(), board.isPrivateWriting(), board.isAnonymous(),
                board.getVote(), new TimerResponse(t.running(), t.durationMs(), t.remainingAt(Instant.now())),
                board.getSpotlightCardId(), board.getBreakoutGroups(), CapsuleResponse.of(board), board.getFollowUp());
    }
}
