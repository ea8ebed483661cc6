package app.atelier.capsule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node looks every {@code atelier.capsule.check-every} (5 s) for capsules to open: one opens on its date even
 * if no page is open, and a node stopping midway leaves it to another (see {@link CapsuleService#openDue}).
 */
@Component
class CapsuleOpener {
    private static final Logger log = LoggerFactory.getLogger(CapsuleOpener.class);

    private final CapsuleService capsules;

    CapsuleOpener(CapsuleService capsules) {
        this.capsules = capsules;
    }

    @Scheduled(initialDelayString = "${atelier.capsule.check-every:5s}",
            fixedDelayString = "${atelier.capsule.check-every:5s}")
    void check() {
        try {
            capsules.openDue();
        } catch (RuntimeException e) {
            log.warn("Looking for time capsules to open failed; trying again", e);
        }
    }
}
