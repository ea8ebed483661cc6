package app.atelier.base;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the push channel (Atmosphere, under Vaadin) that matter when one board has a thousand people.
 *
 * <p>Atmosphere's server heartbeat re-arms a timer after every message it writes; the cancelled timers stay queued
 * for the heartbeat's whole period, so a busy board piles up hundreds of thousands of them (memory, and a shared
 * lock on every push). Turned off: a live board talks anyway, Vaadin's own heartbeat keeps the UI alive, and a
 * connection that a proxy drops reconnects and the canvas asks for the board again. Behind a proxy, give
 * WebSockets a long idle timeout (see README, Running it).
 *
 * <p>All pages share one Atmosphere broadcaster, which by default hands every message of every page to a single
 * dispatch thread. With a thousand people that thread was the queue behind the latency (the writer's save answered
 * in 45 ms, the pages got the change after 0.5 to 1.2 s). With out-of-order broadcast support it dispatches on
 * several threads. Two messages to one page may then overtake each other on the wire; Vaadin's client applies them
 * in their syncId order (it holds a message until the ones before it arrive), and the benchmark counts how often
 * it happens.
 */
@Configuration(proxyBeanMethods = false)
class PushTuning {
    static final String HEARTBEAT = "org.atmosphere.interceptor.HeartbeatInterceptor.heartbeatFrequencyInSeconds";
    static final String PARALLEL_DISPATCH = "org.atmosphere.cpr.Broadcaster.supportOutOfOrderBroadcast";

    @Bean
    static BeanPostProcessor atmosphereInitParameters() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter(HEARTBEAT, "0");
                    registration.addInitParameter(PARALLEL_DISPATCH, "true");
                }
                return bean;
            }
        };
    }
}
