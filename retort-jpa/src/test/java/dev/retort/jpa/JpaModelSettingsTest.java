package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Configuration keys make the source: lists split, paths resolved, Hibernate settings passed on. */
class JpaModelSettingsTest {
    private static final Path BASE = Path.of("/project").toAbsolutePath();

    @Test
    void keysBecomeTheSourceWithPathsResolvedAgainstTheConfigurationsFolder() {
        JpaModelSource source = JpaModelSettings.source(Map.of(
                "classpath", "target/classes" + File.pathSeparator + "lib/domain.jar, ../shared/classes",
                "packages", "com.example.orders, com.example.billing",
                "physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                "implicit_naming_strategy", "component-path",
                "database_version", "15",
                "hibernate.default_schema", "sales"), BASE);

        assertThat(source).isEqualTo(new JpaModelSource(
                List.of(BASE.resolve("target/classes"), BASE.resolve("lib/domain.jar"),
                        BASE.resolve("../shared/classes").normalize()),
                List.of("com.example.orders", "com.example.billing"), List.of(),
                Optional.of("org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"),
                Optional.of("component-path"), Optional.of("15"), Map.of("hibernate.default_schema", "sales")));
    }

    @Test
    void classesAloneAreEnoughAndNeedNoClassPath() {
        JpaModelSource source = JpaModelSettings.source(Map.of("classes", "com.example.Order com.example.Line"), BASE);

        assertThat(source.classNames()).containsExactly("com.example.Order", "com.example.Line");
        assertThat(source.classpath()).isEmpty();
    }

    @Test
    void everyUnknownKeyIsReportedAtOnce() {
        assertThatThrownBy(() -> JpaModelSettings.source(Map.of("packages", "com.example", "package", "x",
                "naming_strategy", "y"), BASE))
                .isInstanceOf(JpaModelException.class)
                .hasMessage("Unknown JPA model settings [naming_strategy, package]; use [classes, classpath, "
                        + "database_version, implicit_naming_strategy, packages, physical_naming_strategy] or "
                        + "Hibernate settings starting hibernate. or jakarta.persistence.");
    }
}
