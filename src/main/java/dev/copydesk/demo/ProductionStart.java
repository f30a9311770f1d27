package dev.copydesk.demo;

import java.time.Duration;
import java.util.List;

import dev.copydesk.base.ClusterLease;
import dev.copydesk.base.LogText;
import dev.copydesk.security.InvalidUserException;
import dev.copydesk.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Every start without demo data (the default): disables demo accounts that still have their demo passwords,
 * and makes sure an enabled admin exists, creating the first one from {@code copydesk.admin.password} /
 * {@code COPYDESK_ADMIN_PASSWORD}. It runs once the singletons exist and before the web server opens its
 * port, so a start that cannot have an admin stops without ever serving a page.
 */
@Component
@ConditionalOnBooleanProperty(name = "copydesk.demo-data", havingValue = false, matchIfMissing = true)
class ProductionStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProductionStart.class);

    private final UserAccountService users;
    private final String adminUsername;
    private final String adminPassword;
    private final ClusterLease lease;

    ProductionStart(UserAccountService users, @Value("${copydesk.admin.username:admin}") String adminUsername,
            @Value("${copydesk.admin.password:}") String adminPassword, ClusterLease lease) {
        this.lease = lease;
        this.users = users;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // Two nodes starting at once on one database take turns: only one creates the first admin.
        lease.exclusively("start-up-accounts", Duration.ofMinutes(2), () -> {
            disableDemoAccounts();
            ensureAdmin();
            return null;
        });
    }

    private void disableDemoAccounts() {
        List<String> disabled = users.disableAccountsStillUsing(DemoAccounts.passwords());
        if (!disabled.isEmpty()) {
            log.warn("""

                    ************************************************************************
                    *  DEMO ACCOUNTS DISABLED: {}
                    *  They still had their demo passwords, and this start has no demo
                    *  profile, so nobody can log in with them any more. An admin can reset
                    *  their passwords and enable them again under Users.
                    ************************************************************************""",
                    String.join(", ", disabled));
        }
    }

    private void ensureAdmin() {
        if (users.enabledAdminExists()) {
            if (!adminPassword.isBlank()) {
                log.info("An enabled admin exists, so the configured admin password is not used; "
                        + "passwords are changed in the app");
            }
            return;
        }
        if (adminPassword.isBlank()) {
            throw new FirstAdminException("""
                    Copydesk has no enabled admin account and no password for a first one is configured. \
                    Without the demo profile Copydesk seeds no demo users, so nobody could log in to run it.""",
                    """
                    Set the environment variable COPYDESK_ADMIN_PASSWORD (or the property copydesk.admin.password) \
                    to a password of at least %d characters and start again: that creates the admin account '%s' \
                    (copydesk.admin.username). To try Copydesk with demo users and sample stories instead, start it \
                    with --spring.profiles.active=demo.""".formatted(UserAccountService.MIN_PASSWORD_LENGTH,
                            adminUsername));
        }
        try {
            users.createOrRestoreAdmin(adminUsername, adminPassword);
        } catch (InvalidUserException e) {
            throw new FirstAdminException("The first admin account " + LogText.quote(adminUsername)
                    + " could not be set up: " + e.getMessage(),
                    "Fix COPYDESK_ADMIN_PASSWORD (copydesk.admin.password, at least "
                            + UserAccountService.MIN_PASSWORD_LENGTH
                            + " characters) or copydesk.admin.username and start again.");
        }
        log.info("The admin account {} is ready; change its password in the app after the first login",
                LogText.quote(adminUsername));
    }
}
