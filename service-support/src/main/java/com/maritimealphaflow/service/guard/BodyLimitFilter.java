package com.maritimealphaflow.service.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Bounds every request body before any of it is read. A declared {@code Content-Length} over the endpoint's limit is
 * answered 413 at once; a body without one (chunked) is read through a stream that fails with
 * {@link PayloadTooLargeException} at the first byte past the limit, so no reader (JSON parser, CSV import) ever
 * holds more than the limit, and whatever it was writing rolls back. Multipart bodies are parsed by the servlet
 * container, which bounds them itself ({@code spring.servlet.multipart.max-request-size}).
 */
class BodyLimitFilter extends OncePerRequestFilter {

    private final HttpLimits limits;
    private final AntPathMatcher matcher = new AntPathMatcher();
    private final UrlPathHelper paths = new UrlPathHelper();

    BodyLimitFilter(HttpLimits limits) {
        this.limits = limits;
    }

    /** The limit of the routed path: the decoded, normalised one, not the raw spelling. */
    long limitFor(HttpServletRequest request) {
        String path = paths.getPathWithinApplication(request);
        for (Map.Entry<String, DataSize> entry : limits.bodyLimits().entrySet()) {
            if (matcher.match(entry.getKey(), path)) {
                return entry.getValue().toBytes();
            }
        }
        return limits.maxBody().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            // The body stays unread: the container closes the connection rather than drain a large one.
            response.setHeader(HttpHeaders.CONNECTION, "close");
            ErrorResponses.write(
                    response, HttpStatus.PAYLOAD_TOO_LARGE, "body", new PayloadTooLargeException(limit).getMessage());
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, limit), response);
        } catch (IOException | ServletException | RuntimeException e) {
            PayloadTooLargeException tooLarge = PayloadTooLargeException.in(e);
            if (tooLarge == null || response.isCommitted()) {
                throw e;
            }
            response.setHeader(HttpHeaders.CONNECTION, "close");
            ErrorResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "body", tooLarge.getMessage());
        }
    }

    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        private BufferedReader reader;

        LimitedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedInputStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
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

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
