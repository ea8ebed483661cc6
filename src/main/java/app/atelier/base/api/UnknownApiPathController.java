package app.atelier.base.api;

import app.atelier.base.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/...} path that no controller serves is a JSON 404, not the web app's HTML page
 * (the Vaadin servlet would otherwise answer every unknown path).
 */
@RestController
class UnknownApiPathController {
    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("error.api.unknownPath", request.getRequestURI());
    }
}
