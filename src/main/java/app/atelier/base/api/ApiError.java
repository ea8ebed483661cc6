package app.atelier.base.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/** The JSON body of every API error: HTTP status, a stable code, a readable message and, for bad input, the field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String field, Object current) {
    /** The error for a bare HTTP status (a refusal by Tomcat, the firewall or Spring itself): its reason phrase. */
    public static ApiError of(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known != null ? known.getReasonPhrase() : "Error";
        return new ApiError(status, reason.toLowerCase(Locale.ROOT).replace(' ', '_'), reason, null, null);
    }
}
