package app.atelier.base.store;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code atelier.store.latency{operation=<command>}}: how long the store takes per command (find, insert, update,
 * findAndModify, …), embedded or MongoDB. One timer per command name, found in a map: Boot's own command metrics
 * tag every command with its collection and server, which cost the hot path (see README, Monitoring).
 */
@Component
class StoreLatency implements MongoClientSettingsBuilderCustomizer, CommandListener {
    private final MeterRegistry metrics;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    StoreLatency(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    public void customize(com.mongodb.MongoClientSettings.Builder settings) {
        settings.addCommandListener(this);
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        timer(event.getCommandName()).record(event.getElapsedTime(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS);
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        timer(event.getCommandName()).record(event.getElapsedTime(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS);
    }

    private Timer timer(String command) {
        return timers.computeIfAbsent(command, name -> Timer.builder("atelier.store.latency").tag("operation", name)
                .description("A store command, from sending it to its answer").publishPercentileHistogram()
                .register(metrics));
    }
}
