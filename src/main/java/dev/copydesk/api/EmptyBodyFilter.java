package dev.copydesk.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An empty API request body has no type, whatever its Content-Type says: {@code curl -d ''} labels nothing as a
 * form, and Spring would answer 415 for a JSON endpoint whose body is optional. The label is dropped, so an
 * optional body is simply absent and a required one is reported missing.
 */
@Component
class EmptyBodyFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getHeader("Content-Type") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length == 0) {
            chain.doFilter(new Untyped(request, null), response);
            return;
        }
        if (length > 0) {
            chain.doFilter(request, response);
            return;
        }
        // Unknown length (chunked): look at the first byte, and hand it back if there is one.
        PushbackInputStream in = new PushbackInputStream(request.getInputStream(), 1);
        int first = in.read();
        if (first == -1) {
            chain.doFilter(new Untyped(request, in), response);
        } else {
            in.unread(first);
            chain.doFilter(new Replayed(request, in), response);
        }
    }

    /** The request without a Content-Type; its body is empty. */
    private static final class Untyped extends Replayed {

        Untyped(HttpServletRequest request, InputStream in) {
            super(request, in);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return isContentType(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isContentType(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(h -> !isContentType(h)).toList());
        }

        private static boolean isContentType(String name) {
            return "Content-Type".equalsIgnoreCase(name);
        }
    }

    /** The request reading from {@code in} (the original stream with its first byte pushed back), if given. */
    private static class Replayed extends HttpServletRequestWrapper {

        private final InputStream in;

        Replayed(HttpServletRequest request, InputStream in) {
            super(request);
            this.in = in;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                return super.getInputStream();
            }
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    finished = b == -1;
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    finished = n == -1;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The API reads request bodies blocking");
                }
            };
        }
    }
}
