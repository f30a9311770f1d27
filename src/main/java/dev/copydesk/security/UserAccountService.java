package dev.copydesk.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** User accounts: login look-up for Spring Security and account management for admins. */
@Service
@Transactional(readOnly = true)
public class UserAccountService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{2,64}");
    private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;
    private final LoginThrottle throttle;
    private final Clock clock;

    UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, UserSessions sessions,
            LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .roles(account.getRole().granted().stream().map(Role::name).toArray(String[]::new))
                .build();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserSummary> list() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserAccount::toSummary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary create(NewUser user) {
        return createAccount(user, MIN_PASSWORD_LENGTH);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary setEnabled(long id, boolean enabled) {
        UserAccount account = users.findById(id).orElseThrow(() -> new InvalidUserException("No such user."));
        if (!enabled && account.getUsername().equals(CurrentUser.username())) {
            throw new InvalidUserException("You cannot disable your own account.");
        }
        account.setEnabled(enabled);
        log.info("User {} (id {}) {} by {}", account.getUsername(), id, enabled ? "enabled" : "disabled",
                CurrentUser.username());
        if (!enabled) {
            endSessionsAfterCommit(account);
        }
        return account.toSummary();
    }

    /** Any logged-in user, knowing their current password. Every session of theirs ends, this one too. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = users.findByUsernameIgnoreCase(CurrentUser.username())
                .orElseThrow(() -> new InvalidUserException("Your account no longer exists."));
        // The same secret as at the login form, so the same throttle: a taken-over session cannot guess it fast.
        Duration wait = throttle.waitBefore(account.getUsername());
        if (!wait.isZero()) {
            throw new InvalidUserException("Too many wrong passwords. Try again in "
                    + TooManyAttempts.inWords(TooManyAttempts.seconds(wait)) + ".");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throttle.failed(account.getUsername());
            throw new InvalidUserException("Your current password is not right.");
        }
        checkPassword(newPassword, MIN_PASSWORD_LENGTH);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidUserException("The new password is the one you have; choose another.");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        log.info("User {} (id {}) changed their password", account.getUsername(), account.getId());
        endSessionsAfterCommit(account);
    }

    /**
     * An admin sets someone's password (they forgot it, or it leaked); that user's sessions end. Not one's own:
     * that goes through {@link #changeOwnPassword}, which asks for the current password.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary resetPassword(long id, String newPassword) {
        UserAccount account = users.findById(id).orElseThrow(() -> new InvalidUserException("No such user."));
        if (account.getUsername().equalsIgnoreCase(CurrentUser.username())) {
            throw new InvalidUserException("Change your own password with Change password, which asks for the current one.");
        }
        checkPassword(newPassword, MIN_PASSWORD_LENGTH);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        log.info("Password of user {} (id {}) reset by {}", account.getUsername(), id, CurrentUser.username());
        endSessionsAfterCommit(account);
        return account.toSummary();
    }

    /** After the commit, so a session that logs in again at once already meets the new hash or the disabled flag. */
    private void endSessionsAfterCommit(UserAccount account) {
        String username = account.getUsername();
        long id = account.getId();
        Runnable end = () -> {
            int ended = sessions.endAllFor(username);
            log.info("Ended {} live session(s) of user {} (id {})", ended, username, id);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }

    /**
     * Start-up seeding (demo users, the configured production admin): runs before anyone is logged in,
     * so it is not reachable from the UI or API. Existing accounts are left alone.
     */
    @Transactional
    public boolean createIfMissing(NewUser user, int minPasswordLength) {
        if (users.existsByUsernameIgnoreCase(user.username())) {
            return false;
        }
        createAccount(user, minPasswordLength);
        return true;
    }

    /** Start-up: whether someone can still administer the desk (a disabled admin cannot log in). */
    public boolean enabledAdminExists() {
        return users.existsByRoleAndEnabledTrue(Role.ADMIN);
    }

    /**
     * Start-up: disables each enabled account whose stored hash still matches the given well-known password
     * (demo accounts left in a data directory). Returns the usernames it disabled.
     */
    @Transactional
    public List<String> disableAccountsStillUsing(Map<String, String> wellKnownPasswords) {
        List<String> disabled = new ArrayList<>();
        wellKnownPasswords.forEach((username, password) -> users.findByUsernameIgnoreCase(username)
                .filter(UserAccount::isEnabled)
                .filter(account -> passwordEncoder.matches(password, account.getPasswordHash()))
                .ifPresent(account -> {
                    account.setEnabled(false);
                    disabled.add(account.getUsername());
                }));
        disabled.sort(null);
        return disabled;
    }

    /**
     * Start-up, when no enabled admin exists: creates the configured admin, or, if an admin account of that
     * name exists but is disabled (e.g. the demo admin just disabled), gives it the configured password and
     * enables it. The operator who sets the password owns the instance, so this is no privilege gain.
     */
    @Transactional
    public void createOrRestoreAdmin(String username, String password) {
        var existing = users.findByUsernameIgnoreCase(username);
        if (existing.isEmpty()) {
            createAccount(new NewUser(username, "Administrator", password, Role.ADMIN), MIN_PASSWORD_LENGTH);
            return;
        }
        UserAccount account = existing.get();
        if (account.getRole() != Role.ADMIN) {
            throw new InvalidUserException("The admin username " + username + " belongs to a " + account.getRole()
                    .label() + " account; set copydesk.admin.username to another name.");
        }
        checkPassword(password, MIN_PASSWORD_LENGTH);
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setEnabled(true);
        log.info("Admin account {} (id {}) enabled again with the configured password", account.getUsername(),
                account.getId());
    }

    private UserSummary createAccount(NewUser user, int minPasswordLength) {
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw new InvalidUserException("A username is 2 to 64 letters, digits, dots, dashes or underscores.");
        }
        if (users.existsByUsernameIgnoreCase(user.username())) {
            throw new InvalidUserException("The username " + user.username() + " is taken.");
        }
        checkPassword(user.password(), minPasswordLength);
        if (user.role() == null) {
            throw new InvalidUserException("Choose a role.");
        }
        String displayName = user.displayName() == null || user.displayName().isBlank()
                ? user.username() : user.displayName().strip();
        UserAccount saved = users.save(new UserAccount(user.username(), displayName,
                passwordEncoder.encode(user.password()), user.role(), clock.instant()));
        log.info("User {} (id {}) created with role {}", saved.getUsername(), saved.getId(), saved.getRole());
        return saved.toSummary();
    }

    private static void checkPassword(String password, int minLength) {
        if (password == null || password.length() < minLength) {
            throw new InvalidUserException("A password needs at least " + minLength + " characters.");
        }
    }
}
