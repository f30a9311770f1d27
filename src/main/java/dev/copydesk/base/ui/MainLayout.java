package dev.copydesk.base.ui;

import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The frame around every view: the side navigation lists exactly the views the user's role may open
 * (Vaadin filters {@code @Menu} entries by their access annotations), plus who is logged in, their password
 * and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Span brand = new Span("Copydesk");
        brand.addClassName("copydesk-brand");

        String who = authentication.getPrincipalName().orElse("");
        String role = Stream.of("ADMIN", "REVIEWER", "EDITOR").filter(authentication::hasRole).findFirst()
                .map(r -> r.charAt(0) + r.substring(1).toLowerCase(Locale.ROOT)).orElse("");
        Span user = new Span(who + (role.isEmpty() ? "" : " · " + role));
        user.addClassName("copydesk-user");
        user.setId("current-user");

        // The path of security's ChangePasswordView: base may not import a feature.
        Button password = new Button("Password", click -> UI.getCurrent().navigate("account/password"));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setId("change-password");
        password.getElement().setAttribute("aria-label", "Change your password");

        Button logout = new Button("Log out", click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        Button theme = new Button("Dark", click -> toggleDark(click.getSource()));
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setId("theme-toggle");
        theme.getElement().setAttribute("aria-label", "Switch between light and dark");

        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), brand, user, theme, password, logout);
        navbar.setWidthFull();
        navbar.setAlignItems(Alignment.CENTER);
        navbar.expand(user);
        addToNavbar(navbar);
        addToDrawer(sideNav());
        boolean dark = Boolean.TRUE.equals(com.vaadin.flow.server.VaadinSession.getCurrent().getAttribute(DARK));
        if (dark) {
            theme.setText("Light");
            applyTheme(true);
        }
        setPrimarySection(Section.DRAWER);
    }

    /** Lumo's dark palette, switched on the page root; remembered for the session. */
    private static void toggleDark(Button button) {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        boolean dark = !Boolean.TRUE.equals(session.getAttribute(DARK));
        session.setAttribute(DARK, dark);
        applyTheme(dark);
        button.setText(dark ? "Light" : "Dark");
    }

    private static void applyTheme(boolean dark) {
        com.vaadin.flow.component.UI.getCurrent().getPage()
                .executeJs("document.documentElement.setAttribute('theme', $0)", dark ? "dark" : "");
    }

    private static final String DARK = "copydesk.dark";

    private static SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
