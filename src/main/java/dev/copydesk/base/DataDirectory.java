package dev.copydesk.base;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code copydesk.data-dir} (default {@code ./data}, env {@code COPYDESK_DATA_DIR}) to an absolute
 * path, published as {@code copydesk.data-dir.absolute}: H2 refuses paths implicitly relative to the
 * working directory, and a user's relative path should mean "relative to where I started Copydesk".
 */
public class DataDirectory implements EnvironmentPostProcessor {

    static final String PROPERTY = "copydesk.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY, "./data");
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(
                new MapPropertySource("copydeskDataDirectory", Map.of(PROPERTY + ".absolute", absolute)));
    }
}
