package dev.copydesk.base;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code copydesk.behind-tls-proxy=true} is one switch for serving behind a reverse proxy that ends TLS: trust its
 * X-Forwarded-For/-Proto/-Host headers (Tomcat's RemoteIpValve, which by default trusts proxies on loopback and
 * private addresses only; widen {@code server.tomcat.remoteip.internal-proxies} for others), and mark the session
 * cookie Secure. Added as defaults behind every other property source, so an explicit setting still wins.
 */
public class BehindTlsProxy implements EnvironmentPostProcessor {

    static final String PROPERTY = "copydesk.behind-tls-proxy";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(PROPERTY, Boolean.class, false)) {
            environment.getPropertySources().addLast(new MapPropertySource("copydeskBehindTlsProxy", Map.of(
                    "server.forward-headers-strategy", "native",
                    "server.servlet.session.cookie.secure", "true")));
        }
    }
}
