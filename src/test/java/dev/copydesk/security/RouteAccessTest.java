package dev.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Deny by default is only safe if nobody relies on it by accident: every view states who may open it. */
class RouteAccessTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS = List.of(
            AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void every_route_and_layout_has_an_access_annotation() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        List<Class<?>> views = scanner.findCandidateComponents("dev.copydesk").stream()
                .<Class<?>>map(bean -> load(bean.getBeanClassName())).toList();
        assertThat(views).as("the scan finds the views").hasSizeGreaterThanOrEqualTo(7);

        var checker = new AccessAnnotationChecker();
        List<String> missing = views.stream()
                .filter(view -> ACCESS.stream().noneMatch(checker.getSecurityTarget(view)::isAnnotationPresent))
                .map(Class::getName).toList();
        assertThat(missing).as("views without @AnonymousAllowed/@PermitAll/@RolesAllowed/@DenyAll").isEmpty();
    }

    @Test
    void the_error_views_are_annotated_too() {
        var routes = new Routes().autoDiscoverViews("dev.copydesk");
        var checker = new AccessAnnotationChecker();
        assertThat(routes.getErrorRoutes()).isNotEmpty().allSatisfy(view -> assertThat(
                Stream.of(view).map(checker::getSecurityTarget)
                        .anyMatch(t -> ACCESS.stream().anyMatch(t::isAnnotationPresent))).isTrue());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
