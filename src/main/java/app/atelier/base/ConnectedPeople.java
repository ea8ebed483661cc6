package app.atelier.base;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;

/**
 * {@code atelier.people.connected{kind}}: one series for everyone connected to this node, each feature counting its
 * own kind (full pages, a crowd's phones), so a dashboard adds them up.
 */
public final class ConnectedPeople {
    private ConnectedPeople() {
    }

    public static <T> void count(MeterRegistry registry, String kind, T counter, ToDoubleFunction<T> howMany) {
        Gauge.builder("atelier.people.connected", counter, howMany).tag("kind", kind)
                .description("People connected to this node").register(registry);
    }
}
