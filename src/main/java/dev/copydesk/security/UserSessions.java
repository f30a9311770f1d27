package dev.copydesk.security;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The live HTTP sessions of each logged-in user, so a password change, a reset or disabling an account can end
 * them at once instead of when they time out. Spring Boot registers this bean as a servlet listener; a session
 * belongs to a user from the moment Spring Security stores its context in it. The API is stateless and has no
 * sessions: its next call authenticates again and sees the new password or the disabled account.
 */
@Component
class UserSessions implements HttpSessionListener, HttpSessionAttributeListener, HttpSessionIdListener {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private record Owned(String username, HttpSession session) {
    }

    private final Map<String, Owned> bySessionId = new ConcurrentHashMap<>();

    /** Invalidates every session of the user (case-insensitive, as logins are); returns how many it ended. */
    int endAllFor(String username) {
        String key = key(username);
        int ended = 0;
        for (var entry : bySessionId.entrySet()) {
            if (entry.getValue().username().equals(key) && bySessionId.remove(entry.getKey(), entry.getValue())) {
                try {
                    entry.getValue().session().invalidate();
                    ended++;
                } catch (IllegalStateException alreadyInvalid) {
                    // it ended on its own meanwhile
                }
            }
        }
        return ended;
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            track(event.getSession());
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            track(event.getSession());
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            bySessionId.remove(event.getSession().getId());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        bySessionId.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        Owned owned = bySessionId.remove(oldSessionId);
        if (owned != null) {
            bySessionId.put(event.getSession().getId(), owned);
        }
    }

    /** Reads the attribute from the session: on a replace, the event carries the old value. */
    private void track(HttpSession session) {
        Authentication auth = session.getAttribute(CONTEXT) instanceof SecurityContext context
                ? context.getAuthentication() : null;
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            bySessionId.remove(session.getId());
        } else {
            bySessionId.put(session.getId(), new Owned(key(auth.getName()), session));
        }
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
