package cn.dangjian;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** House rules that the module verifier does not cover. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.dangjian");

    @Test
    void sharedDependsOnNoModule() {
        noClasses().that().resideInAPackage("cn.dangjian.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.dangjian.identity..", "cn.dangjian.org..",
                        "cn.dangjian.member..", "cn.dangjian.config..", "org.springframework..")
                .check(classes);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAPackage("..web..")
                .check(classes);
    }

    @Test
    void repositoriesStayInternal() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should().resideInAPackage("..internal..")
                .check(classes);
    }

    @Test
    void noImplSuffixesOrInterfacePrefixes() {
        noClasses().should().haveSimpleNameEndingWith("ServiceImpl")
                .orShould().haveSimpleNameStartingWith("Sys")
                .check(classes);
    }

    @Test
    void webLayerDoesNotTouchSqlDirectly() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..")
                .check(classes);
    }
}
