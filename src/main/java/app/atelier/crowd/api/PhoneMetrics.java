package app.atelier.crowd.api;

import app.atelier.base.ConnectedPeople;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code atelier.people.connected{kind="crowd"}}: the crowd's phones connected to this node. */
@Component
class PhoneMetrics implements MeterBinder {
    private final PhoneRooms rooms;

    PhoneMetrics(PhoneRooms rooms) {
        this.rooms = rooms;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        ConnectedPeople.count(registry, "crowd", rooms, PhoneRooms::connectedHere);
    }
}
