package app.atelier.base.api;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts {@link ApiErrorReportValve} in the place of Tomcat's error report valve. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after Boot's customizer, whose valve (no server info, HTML) this one replaces
class ApiErrorReportCustomizer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {
    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ApiErrorReportValve());
            // else the host adds Tomcat's default valve (with its version) when it starts
            ((StandardHost) context.getParent()).setErrorReportValveClass(ApiErrorReportValve.class.getName());
        });
    }
}
