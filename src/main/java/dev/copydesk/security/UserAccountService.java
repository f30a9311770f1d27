package dev.copydesk.security;

import java.time.Clock;
import java.util.List;
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

/** User accounts: login look-up for Spring Security and account management for admins. */
@Service
@Transactional(readOnly = true)
public class UserAccountService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{2,64}");
    private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
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
        log.info("User {} {} by {}", account.getUsername(), enabled ? "enabled" : "disabled", CurrentUser.username());
        return account.toSummary();
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

    public boolean adminExists() {
        return users.existsByRole(Role.ADMIN);
    }

    private UserSummary createAccount(NewUser user, int minPasswordLength) {
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw new InvalidUserException("A username is 2 to 64 letters, digits, dots, dashes or underscores.");
        }
        if (users.existsByUsernameIgnoreCase(user.username())) {
            throw new InvalidUserException("The username " + user.username() + " is taken.");
        }
        if (user.password() == null || user.password().length() < minPasswordLength) {
            throw new InvalidUserException("A password needs at least " + minPasswordLength + " characters.");
        }
        if (user.role() == null) {
            throw new InvalidUserException("Choose a role.");
        }
        String displayName = user.displayName() == null || user.displayName().isBlank()
                ? user.username() : user.displayName().strip();
        UserAccount saved = users.save(new UserAccount(user.username(), displayName,
                passwordEncoder.encode(user.password()), user.role(), clock.instant()));
        log.info("User {} created with role {}", saved.getUsername(), saved.getRole());
        return saved.toSummary();
    }
}
