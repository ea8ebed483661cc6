package app.atelier.board.api;

import app.atelier.board.Board;
import app.atelier.board.CapsuleSeal;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * A time capsule's seal as everyone may see it: its state ({@code unsealed}, {@code sealing}, {@code sealed},
 * {@code opening}, {@code open}), when it opens, and how many contributions wait and by whom; never its content.
 */
@NamedInterface("api")
public record CapsuleResponse(String state, @Nullable Instant revealAt, @Nullable Instant sealedAt,
                              @Nullable String sealedBy, int total,
                              List<CapsuleSeal.Contributor> contributors, @Nullable Instant openedAt) {
    public static CapsuleResponse of(Board board) {
        CapsuleSeal seal = board.getCapsule();
        if (seal == null) {
            return new CapsuleResponse("unsealed", null, null, null, 0, List.of(), null);
        }
        return new CapsuleResponse(seal.state().name().toLowerCase(Locale.ROOT), seal.revealAt(), seal.sealedAt(),
                board.isAnonymous() ? null : seal.sealedBy(), seal.total(), seal.contributors(), seal.openedAt());
    }
}
