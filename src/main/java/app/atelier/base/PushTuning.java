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
