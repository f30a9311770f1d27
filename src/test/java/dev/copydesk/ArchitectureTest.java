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
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

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
    void repositories_are_only_used_by_services() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyHaveDependentClassesThat().areAnnotatedWith(Service.class)
                .orShould().onlyHaveDependentClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void base_imports_no_feature() {
        noClasses().that().resideInAPackage("dev.copydesk.base..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.copydesk.security..", "dev.copydesk.story..",
                        "dev.copydesk.ingest..", "dev.copydesk.demo..")
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
        noClasses().that().resideInAPackage("dev.copydesk.cleanup..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.copydesk.story..", "dev.copydesk.ingest..",
                        "dev.copydesk.security..", "dev.copydesk.demo..", "dev.copydesk.base..")
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
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }
}
