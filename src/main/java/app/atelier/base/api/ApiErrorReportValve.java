package app.atelier.base.api;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's answer to a request it refuses before any servlet runs (a malformed path, request line or header): an
 * {@link ApiError} for the API, Tomcat's bare page (no version, no stack trace) for anything else. A request whose
 * path could not even be read (an overlong request line) gets JSON too: browsers never send those, programs do.
 */
public class ApiErrorReportValve extends ErrorReportValve {
    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String path = request.getRequestURI();
        if (path != null && !path.isEmpty() && !ApiErrorResponses.isApiPath(path)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        // the same conditions as Tomcat's own report: an error, nothing written yet, reported once, I/O still possible
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ApiErrorResponses.json(ApiError.of(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone: nobody is left to tell
        }
    }
}
