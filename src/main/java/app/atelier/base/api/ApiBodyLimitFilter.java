package app.atelier.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No API call needs a large body (a card's text is 2,000 characters): past {@code atelier.api.max-body} (1 MB) a
 * request is refused before it is read into memory, with a {@code 413} when it announces its length and a
 * {@code 400} when a body sent in chunks runs past the limit. The import has its own, larger cap.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiBodyLimitFilter extends OncePerRequestFilter {
    static final String IMPORT = "/api/boards/import";
    /** A whole installation's archive, for its administrators: as large as the installation. */
    static final String RESTORE = "/api/admin/restore";
    /** Image uploads are multipart, capped by spring.servlet.multipart and the image limit instead. */
    static final Pattern IMAGE_UPLOAD = Pattern.compile("/api/boards/[^/]+/cards/[^/]+/images");

    private final long maxBytes;

    ApiBodyLimitFilter(@Value("${atelier.api.max-body:1MB}") DataSize maxBody) {
        this.maxBytes = maxBody.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !ApiErrorResponses.isApiPath(path) || path.equals(IMPORT) || path.equals(RESTORE)
                || IMAGE_UPLOAD.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            ApiErrorResponses.write(response, ApiError.of(HttpStatus.CONTENT_TOO_LARGE.value()));
            return;
        }
        chain.doFilter(new Bounded(request, maxBytes), response);
    }

    /** A request whose body stops with an error past the limit, however it is sent. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream bounded;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedStream(super.getInputStream(), maxBytes);
            }
            return bounded;
        }
    }

    private static final class BoundedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        BoundedStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new IOException("Request body over " + maxBytes + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
