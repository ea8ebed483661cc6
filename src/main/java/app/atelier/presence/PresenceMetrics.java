package app.atelier.presence;

import app.atelier.base.ConnectedPeople;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code atelier.people.connected{kind="full"}}: the open board pages on this node. */
@Component
class PresenceMetrics implements MeterBinder {
    private final PresenceService presence;

    PresenceMetrics(PresenceService presence) {
        this.presence = presence;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        ConnectedPeople.count(registry, "full", presence, PresenceService::seatsHere);
    }
}
