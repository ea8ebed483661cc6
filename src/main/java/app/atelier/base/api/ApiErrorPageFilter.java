package app.atelier.base.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The container's error dispatch (Boot's {@code /error}) for an API path, e.g. a TRACE Tomcat refuses or an exception
 * thrown by a filter: answered with an {@link ApiError} before the web app's security (which sent it to the sign-in
 * page) or Boot's error page see it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorPageFilter extends OncePerRequestFilter {
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR
                || !ApiErrorResponses.isApiPath((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        ApiErrorResponses.write(response, ApiError.of(status instanceof Integer code ? code : 500));
    }
}
