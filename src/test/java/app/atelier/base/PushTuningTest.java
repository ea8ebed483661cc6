package app.atelier.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

@SpringBootTest
class PushTuningTest {
    @Autowired
    List<ServletRegistrationBean<?>> registrations;

    @Test
    void theVaadinServletTellsAtmosphereToDispatchInParallelWithoutAHeartbeatTimerPerMessage() {
        assertThat(registrations).filteredOn(r -> r.getServlet() instanceof SpringServlet).singleElement()
                .satisfies(r -> assertThat(r.getInitParameters()).containsEntry(PushTuning.HEARTBEAT, "0")
                        .containsEntry(PushTuning.PARALLEL_DISPATCH, "true"));
    }
}
