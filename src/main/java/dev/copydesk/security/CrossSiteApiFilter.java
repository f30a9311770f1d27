package dev.copydesk.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import dev.copydesk.base.LogText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser that once logged in to the API with HTTP Basic resends those credentials on its own, also when
 * another site's page makes the request, so Basic alone cannot tell a script from a forged request. Browsers say
 * where a request comes from; API clients (curl, scripts, servers) send neither header. So: 403 for
 * {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none} (typed in the address bar), and for an
 * {@code Origin} that is not this app's scheme://host:port (as the request sees it, behind a proxy too).
 * Before authentication, so a refused request costs no password check.
 */
final class CrossSiteApiFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteApiFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        boolean foreignSite = site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none");
        boolean foreignOrigin = origin != null && !isOwnOrigin(origin, request);
        if (!foreignSite && !foreignOrigin) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Cross-site API request refused: {} {} (Sec-Fetch-Site {}, Origin {})", request.getMethod(),
                LogText.quote(request.getRequestURI()), LogText.quote(site), LogText.quote(origin));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"forbidden\",\"message\":\"The API refuses requests made from another "
                + "site's page. Call it from a script or a server, which send no Origin or Sec-Fetch-Site header.\"}");
    }

    private static boolean isOwnOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;   // "null" (sandboxed or privacy-sensitive contexts) and anything malformed
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(scheme, uri.getPort()) == port(scheme, request.getServerPort());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : 80;
    }
}
