package dev.vireo.server.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Layer rules of the jobs context. */
class JobsLayeringTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.vireo.server.jobs");

  @Test
  void domain_usesNoJaxRsShiroEclipseLinkCdiOrOtherLayers() {
    noClasses()
        .that()
        .resideInAPackage("..jobs.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "org.apache.shiro..",
            "org.eclipse.persistence..",
            "jakarta.enterprise..",
            "..jobs.application..",
            "..jobs.infrastructure..",
            "..jobs.api..")
        .check(CLASSES);
  }

  @Test
  void application_doesNotDependOnInfrastructureOrApi() {
    noClasses()
        .that()
        .resideInAnyPackage("..jobs.application..", "..jobs.handlers..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..jobs.infrastructure..", "..jobs.api..", "jakarta.ws.rs..")
        .check(CLASSES);
  }

  @Test
  void adapters_neverTouchTheEntityManager() {
    noClasses()
        .that()
        .resideInAnyPackage("..jobs.api..", "..jobs.application..", "..jobs.handlers..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.persistence.EntityManager")
        .check(CLASSES);
  }

  @Test
  void handlers_useOnlyThePublishedApplicationInterfaces() {
    noClasses()
        .that()
        .resideInAPackage("..jobs.handlers..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..jobs.application.internal..")
        .check(CLASSES);
  }
}
