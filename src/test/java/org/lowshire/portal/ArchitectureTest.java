package org.lowshire.portal;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.Slices;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The package direction the code is cut to (docs/architecture.md, each package's {@code package-info.java}), held
 * by the build: no package cycles, no cycles between features, {@code attachment} a leaf, pages and REST resources on
 * the outside, and neither pages nor resources deciding visibility or running native SQL.
 */
@AnalyzeClasses(packages = "org.lowshire.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.lowshire.portal";
    private static final String PACKAGES = BASE + ".(**)";
    private static final String FEATURES = BASE + ".(*)..";
    /** Pages and REST resources; anchored at the base, since libraries have {@code api} packages too (Flyway's). */
    private static final String[] PAGES_AND_RESOURCES = {BASE + "..web..", BASE + "..api.."};

    /** {@code (**)} captures the whole sub path, so {@code request} and {@code request.web} are separate slices. */
    @ArchTest
    static void every_package_is_its_own_slice(JavaClasses classes) {
        List<String> packages = classes.stream()
                .map(JavaClass::getPackageName)
                .distinct()
                .sorted()
                .toList();
        List<String> sliced = StreamSupport.stream(
                        Slices.matching(PACKAGES).transform(classes).spliterator(), false)
                .map(slice -> BASE + "." + slice.getNamePart(1))
                .sorted()
                .toList();
        assertEquals(packages, sliced);
    }

    @ArchTest
    static final ArchRule no_cycles_between_packages =
            slices().matching(PACKAGES).should().beFreeOfCycles();

    /** {@code platform} is wiring (Faces and REST configuration, error handling) and may meet every feature. */
    @ArchTest
    static final ArchRule no_cycles_between_features = slices().matching(FEATURES)
            .that(describe(
                    "are not platform", (Slice slice) -> !slice.getNamePart(1).equals("platform")))
            .should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule attachment_knows_only_security_and_shared = classes()
            .that()
            .resideInAPackage(BASE + ".attachment..")
            .should()
            .onlyDependOnClassesThat(resideOutsideOfPackage(BASE + "..")
                    .or(resideInAnyPackage(BASE + ".attachment..", BASE + ".security", BASE + ".shared..")));

    /** Pages and REST resources depend on their feature, never the reverse. */
    @ArchTest
    static final ArchRule the_request_feature_does_not_depend_on_its_pages_or_resources = noClasses()
            .that()
            .resideInAPackage(BASE + ".request..")
            .and()
            .resideOutsideOfPackages(PAGES_AND_RESOURCES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PAGES_AND_RESOURCES);

    /** The same direction for every feature; platform's REST wiring is checked too (it is not a page or resource). */
    @ArchTest
    static final ArchRule no_feature_depends_on_pages_or_resources = noClasses()
            .that()
            .resideInAPackage(BASE + "..")
            .and()
            .resideOutsideOfPackages(PAGES_AND_RESOURCES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PAGES_AND_RESOURCES);

    /** The need-to-know policy is pure: it reads facts and the user, and depends on nothing but security and shared. */
    @ArchTest
    static final ArchRule the_policy_depends_only_on_security_and_shared = classes()
            .that()
            .resideInAPackage(BASE + ".access..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(BASE + ".access..", BASE + ".security", BASE + ".shared", "java..");

    /**
     * What a viewer may see of a request is decided by the policy and held by the read model built from it
     * ({@code VisibleRequest}): pages and resources never read a request's raw parts, responses, messages or timeline.
     */
    @ArchTest
    static final ArchRule pages_and_resources_read_requests_through_the_read_model = noClasses()
            .that()
            .resideInAnyPackage(PAGES_AND_RESOURCES)
            .should()
            .callMethodWhere(target(owner(assignableTo(BASE + ".request.InformationRequest")))
                    .and(target(nameMatching("getAsks|getTimeline|getMessages|ask|part"))))
            .orShould()
            .callMethodWhere(target(owner(assignableTo(BASE + ".request.Ask")))
                    .and(target(nameMatching("getResponses|currentResponse|pendingResponse"))));

    /** Pages and resources do not read the database themselves: every load goes through a service and its policy. */
    @ArchTest
    static final ArchRule pages_and_resources_use_no_entity_manager = noClasses()
            .that()
            .resideInAnyPackage(PAGES_AND_RESOURCES)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule pages_and_resources_run_no_native_sql = noClasses()
            .that()
            .resideInAnyPackage(PAGES_AND_RESOURCES)
            .should()
            .callMethodWhere(target(name("createNativeQuery")).and(target(owner(assignableTo(EntityManager.class)))));
}
