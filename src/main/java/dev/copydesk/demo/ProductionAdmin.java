package dev.copydesk.demo;

import dev.copydesk.security.NewUser;
import dev.copydesk.security.Role;
import dev.copydesk.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Production seeds nothing but the first admin, whose password must come from configuration
 * ({@code copydesk.admin.password} / {@code COPYDESK_ADMIN_PASSWORD}). Without one, start-up stops.
 */
@Component
@ConditionalOnProperty(name = "copydesk.demo-data", havingValue = "false")
class ProductionAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProductionAdmin.class);

    private final UserAccountService users;
    private final String username;
    private final String password;

    ProductionAdmin(UserAccountService users, @Value("${copydesk.admin.username:admin}") String username,
            @Value("${copydesk.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.adminExists()) {
            return;
        }
        if (password.isBlank()) {
            throw new IllegalStateException("No admin account exists and no admin password is configured. "
                    + "Set COPYDESK_ADMIN_PASSWORD (or copydesk.admin.password) for the first start.");
        }
        users.createIfMissing(new NewUser(username, "Administrator", password, Role.ADMIN),
                UserAccountService.MIN_PASSWORD_LENGTH);
        log.info("Created the first admin account {}", username);
    }
}
