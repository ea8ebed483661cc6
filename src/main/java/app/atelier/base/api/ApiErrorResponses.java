package app.atelier.base.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** An {@link ApiError} written straight to a response, for refusals that happen outside Spring MVC. */
public final class ApiErrorResponses {
    private ApiErrorResponses() {
    }

    /** Whether a raw (undecoded) request path is the API's: {@code /api} and below. */
    public static boolean isApiPath(String rawPath) {
        return rawPath != null && (rawPath.equals("/api") || rawPath.startsWith("/api/") || rawPath.startsWith("/api;"));
    }

    public static String json(ApiError error) {
        return JsonMapper.shared().writeValueAsString(error);
    }

    public static void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(error));
    }
}
