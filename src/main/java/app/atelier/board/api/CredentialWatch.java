package app.atelier.board.api;

import app.atelier.base.SecurityLog;
import app.atelier.security.ApiTokenRevoked;
import app.atelier.security.ApiTokenService;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * Closes the event streams whose token no longer holds. A handshake checks the token once, so without this a stream
 * would outlive its token's revocation: a token revoked on this node closes its streams at once; every
 * {@code atelier.events.credential-check} (2 s) one look-up by id of all the tokens of this node's streams closes
 * those revoked on another node, deleted, or whose account is gone.
 */
@Component
class CredentialWatch {
    private static final Logger log = LoggerFactory.getLogger(CredentialWatch.class);
    static final CloseStatus REVOKED = CloseStatus.POLICY_VIOLATION.withReason("token revoked");

    private record Stream(WebSocketSession session, String tokenId, String accountId) {
    }

    private final ApiTokenService tokens;
    /** This node's open streams, by session id. */
    private final Map<String, Stream> open = new ConcurrentHashMap<>();

    CredentialWatch(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    void watch(WebSocketSession session, String tokenId, String accountId) {
        open.put(session.getId(), new Stream(session, tokenId, accountId));
    }

    void forget(WebSocketSession session) {
        open.remove(session.getId());
    }

    @EventListener
    void revoked(ApiTokenRevoked revoked) {
        close(List.copyOf(open.values()), stream -> stream.tokenId().equals(revoked.tokenId()));
    }

    @Scheduled(initialDelayString = "${atelier.events.credential-check:2s}",
            fixedDelayString = "${atelier.events.credential-check:2s}")
    void check() {
        // only the streams asked about: one opened during the look-up is not in its answer, yet valid
        List<Stream> streams = List.copyOf(open.values());
        if (streams.isEmpty()) {
            return;
        }
        Set<String> valid = tokens.stillValid(streams.stream().map(Stream::tokenId).collect(Collectors.toSet()));
        close(streams, stream -> !valid.contains(stream.tokenId()));
    }

    private void close(List<Stream> streams, Predicate<Stream> revoked) {
        for (Stream stream : streams) {
            if (revoked.test(stream)) {
                open.remove(stream.session().getId());
                SecurityLog.event("stream.closed", stream.accountId(), "token=" + stream.tokenId());
                try {
                    stream.session().close(REVOKED);
                } catch (IOException | RuntimeException e) {
                    log.debug("Closing an event stream failed", e);
                }
            }
        }
    }
}
