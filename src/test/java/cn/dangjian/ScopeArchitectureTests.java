package cn.dangjian;

import java.util.Set;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.ReferenceData;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Scope by construction (docs/decisions/0004-record-level-visibility.md): every door a person can reach takes
 * their {@link AccessScope}; the doors without one ({@link ForModules}) are closed to web code; and the
 * all-seeing {@link AccessScope#system()} is for the platform's own start-up data, not for business code.
 */
class ScopeArchitectureTests {

    /** The module packages whose root holds people-facing facades. */
    private static final Set<String> NOT_MODULES = Set.of("cn.dangjian.shared", "cn.dangjian.config",
            "cn.dangjian.demo", "cn.dangjian");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.dangjian");

    /** Public methods of the facades: public {@code @Service} classes in a module's root package. */
    static final DescribedPredicate<JavaMethod> FACADE_METHODS = DescribedPredicate.describe("public facade methods",
            m -> m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.STATIC)
                    && isFacade(m.getOwner()) && !m.getName().contains("lambda$"));

    static boolean isFacade(JavaClass c) {
        return c.isAnnotatedWith(Service.class) && c.getModifiers().contains(JavaModifier.PUBLIC)
                && !NOT_MODULES.contains(c.getPackageName()) && c.getPackageName().split("\\.").length == 3;
    }

    static final ArchCondition<JavaMethod> TAKE_THE_CALLERS_SCOPE = new ArchCondition<>(
            "take the caller's AccessScope, or be marked @ForModules or @ReferenceData, or be an event listener") {
        @Override
        public void check(JavaMethod m, ConditionEvents events) {
            boolean scoped = m.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(AccessScope.class));
            boolean marked = m.isAnnotatedWith(ForModules.class) || m.isAnnotatedWith(ReferenceData.class)
                    || m.getOwner().isAnnotatedWith(ForModules.class)
                    || m.getOwner().isAnnotatedWith(ReferenceData.class);
            boolean listener = m.isAnnotatedWith(EventListener.class)
                    || m.isAnnotatedWith(ApplicationModuleListener.class);
            if (!scoped && !marked && !listener) {
                events.add(SimpleConditionEvent.violated(m, m.getFullName()
                        + " 没有 AccessScope 参数：面向用户的门面方法须接收并首先检查调用者的数据范围；"
                        + "供其他模块调用的方法标注 @ForModules，公共参考数据标注 @ReferenceData"));
            }
        }
    };

    static final ArchRule EVERY_FACADE_METHOD_TAKES_A_SCOPE = methods().that(FACADE_METHODS)
            .should(TAKE_THE_CALLERS_SCOPE);

    static final DescribedPredicate<JavaMethodCall> UNSCOPED_DOORS = DescribedPredicate.describe(
            "a method marked @ForModules", call -> call.getTarget().resolveMember()
                    .map(m -> m.isAnnotatedWith(ForModules.class)
                            || m.getOwner().isAnnotatedWith(ForModules.class)).orElse(false));

    static final ArchRule WEB_CODE_USES_ONLY_SCOPED_DOORS = noClasses().that().resideInAPackage("..web..")
            .should().callMethodWhere(UNSCOPED_DOORS)
            .because("a page or API handler acts for a person, whose AccessScope every door it uses must check");

    static final ArchRule ONLY_START_UP_DATA_SEES_EVERYTHING = noClasses()
            .that().resideOutsideOfPackages("cn.dangjian.demo..", "cn.dangjian.shared..")
            .should().callMethod(AccessScope.class, "system")
            .because("AccessScope.system() widens a person's scope to everything; business code asks the "
                    + "@ForModules door instead");

    @Test
    void everyPeopleFacingFacadeMethodTakesTheCallersScope() {
        EVERY_FACADE_METHOD_TAKES_A_SCOPE.check(CLASSES);
    }

    @Test
    void webCodeCallsNoDoorMeantForOtherModules() {
        WEB_CODE_USES_ONLY_SCOPED_DOORS.check(CLASSES);
    }

    @Test
    void onlyTheDemoDataUsesTheSystemScope() {
        ONLY_START_UP_DATA_SEES_EVERYTHING.check(CLASSES);
    }
}
