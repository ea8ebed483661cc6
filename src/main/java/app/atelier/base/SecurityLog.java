package app.atelier.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security audit trail: failed sign-ins, denied actions, role and invite-link changes, each with who, what and
 * when (the log line's timestamp). Logger name {@code atelier.security}, so operators can route it apart.
 */
public final class SecurityLog {
    private static final Logger log = LoggerFactory.getLogger("atelier.security");

    private SecurityLog() {
    }

    /** {@code who} is an id (or an e-mail / address for sign-in), {@code what} a short event name. */
    public static void event(String what, String who, String details) {
        log.info("security event={} who={} {}", what, sanitize(who), sanitize(details));
    }

    /** Keeps user-supplied values on one line so they cannot forge log entries. */
    private static String sanitize(String value) {
        return value == null ? "-" : value.replaceAll("[\\r\\n\\t]", "_");
    }
}
