package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReflectionScopeTest {

    @Test
    void theDefaultScopeIsTheDefaultSchemaWithoutRetortsVersionTable() {
        ReflectionScope scope = ReflectionScope.defaultSchema();

        assertThat(scope.includeDefaultSchema()).isTrue();
        assertThat(scope.schemas()).isEmpty();
        assertThat(scope.isVersionTable(QualifiedName.of("retort_version"))).isTrue();
        assertThat(scope.isVersionTable(QualifiedName.of("retort_versions"))).isFalse();
    }

    /** Found through the search path, in the default schema spelled out, or another tenant's: never the models'. */
    @Test
    void theVersionTableIsLeftOutInEverySchema() {
        ReflectionScope scope = ReflectionScope.defaultSchema().withSchemas("public", "audit")
                .withVersionTable(QualifiedName.of("public", "retort_version"));

        assertThat(scope.isVersionTable(QualifiedName.of("retort_version"))).isTrue();
        assertThat(scope.isVersionTable(QualifiedName.of("public", "retort_version"))).isTrue();
        assertThat(scope.isVersionTable(QualifiedName.of("audit", "retort_version_progress"))).isTrue();
        assertThat(scope.isVersionTable(QualifiedName.of("audit", "account"))).isFalse();
    }

    @Test
    void anotherVersionTableCanBeLeftOutInstead() {
        ReflectionScope scope = ReflectionScope.defaultSchema().withSchemas("audit")
                .withVersionTable(QualifiedName.of("alembic_version"));

        assertThat(scope.schemas()).containsExactly("audit");
        assertThat(scope.isVersionTable(QualifiedName.of("alembic_version"))).isTrue();
        assertThat(scope.isVersionTable(QualifiedName.of("alembic_version_progress"))).as("a run's record").isTrue();
        assertThat(scope.isVersionTable(QualifiedName.of("retort_version"))).isFalse();
    }

    @Test
    void refusesAScopeWithoutAnySchema() {
        assertThatThrownBy(() -> new ReflectionScope(false, List.of(), QualifiedName.of("retort_version")))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("reflection scope: it names no schema; include the default schema or name at least one");
    }

    @Test
    void refusesASchemaListedTwice() {
        assertThatThrownBy(() -> ReflectionScope.schemas("audit", "audit"))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("schemas to reflect [audit, audit]: a schema is listed twice");
    }
}
