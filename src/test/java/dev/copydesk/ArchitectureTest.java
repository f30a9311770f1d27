package dev.copydesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.copydesk");
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("dev.copydesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void repositories_are_only_used_by_transactional_services() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyHaveDependentClassesThat(DescribedPredicate.<JavaClass>describe(
                                "are @Transactional @Services",
                                c -> c.isAnnotatedWith(Service.class) && c.isAnnotatedWith(Transactional.class))
                        .or(assignableTo(Repository.class)))
                .check(classes);
    }

    @Test
    void base_imports_no_feature() {
        noClasses().that().resideInAPackage("dev.copydesk.base..")
                .should().dependOnClassesThat(resideInAPackage("dev.copydesk..")
                        .and(not(resideInAPackage("dev.copydesk.base.."))))
                .check(classes);
    }

    @Test
    void the_event_bus_imports_no_feature_so_a_relay_can_carry_its_events_as_they_are() {
        noClasses().that().resideInAPackage("dev.copydesk.events..")
                .should().dependOnClassesThat(resideInAPackage("dev.copydesk..")
                        .and(not(resideInAPackage("dev.copydesk.events.."))))
                .check(classes);
    }

    @Test
    void the_audit_trail_and_the_text_model_import_no_feature() {
        noClasses().that().resideInAPackage("dev.copydesk.audit..")
                .should().dependOnClassesThat(resideInAPackage("dev.copydesk..")
                        .and(not(resideInAnyPackage("dev.copydesk.audit..", "dev.copydesk.base.."))))
                .check(classes);
        noClasses().that().resideInAPackage("dev.copydesk.text..")
                .should().dependOnClassesThat(resideInAPackage("dev.copydesk..")
                        .and(not(resideInAPackage("dev.copydesk.text.."))))
                .check(classes);
    }

    @Test
    void only_ui_packages_and_the_app_shell_use_vaadin_components() {
        noClasses().that().resideOutsideOfPackages("..ui..").and().doNotHaveSimpleName("Application")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(classes);
    }

    @Test
    void cleanup_depends_on_no_other_feature() {
        // the text model is not a feature: the engine reads paragraphs the way the rest of the desk does
        noClasses().that().resideInAPackage("dev.copydesk.cleanup..")
                .should().dependOnClassesThat(resideInAPackage("dev.copydesk..")
                        .and(not(resideInAnyPackage("dev.copydesk.cleanup..", "dev.copydesk.text.."))))
                .check(classes);
    }

    @Test
    void the_cleanup_core_is_plain_java_behind_a_thin_spring_service() {
        noClasses().that().resideInAPackage("dev.copydesk.cleanup..").and().doNotHaveSimpleName("CleanupService")
                .and().doNotHaveSimpleName("CleanupConfig")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void the_cleanup_engine_keeps_no_static_registry() {
        noFields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("dev.copydesk.cleanup..")
                .should().haveRawType(assignableTo(Map.class)).orShould().haveRawType(assignableTo(Cache.class))
                .because("each engine builds its own rules and caches; a static map would be shared by all of them")
                .check(classes);
    }

    @Test
    void views_show_records_and_leave_entities_and_transactions_to_services() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().beAnnotatedWith(Transactional.class)
                .because("a view shows what a service returns; rules and transactions live in the services")
                .check(classes);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }
}
