package dev.retort.dialect.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.op.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every compiler handles every kind of operation: it compiles it, or refuses it with a message. */
class EveryOperationTest {

    @Test
    void fixturesCoverEveryKindOfOperation() {
        assertThat(DdlFixtures.oneOfEach().keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(Operation.class.getPermittedSubclasses()));
    }

    @Test
    void everyCompilerCompilesOrRefusesEveryOperationWithAMessage() {
        Map<Class<?>, Operation> operations = DdlFixtures.oneOfEach();
        for (Dialect dialect : dialects()) {
            DdlCompiler compiler = DdlCompilers.forDialect(dialect);
            for (Class<?> kind : Operation.class.getPermittedSubclasses()) {
                try {
                    List<String> statements = compiler.compile(operations.get(kind));
                    assertThat(statements).as(dialect + " " + kind.getSimpleName()).doesNotContainNull()
                            .allSatisfy(sql -> assertThat(sql).isNotBlank().doesNotEndWith(";"));
                } catch (UnsupportedOperationForDialectException refused) {
                    assertThat(refused.getMessage()).as(dialect + " " + kind.getSimpleName()).isNotBlank();
                    assertThat(refused.dialect()).isEqualTo(dialect.name());
                }
            }
        }
    }

    @Test
    void eachKnownDialectGetsItsOwnCompiler() {
        assertThat(Dialects.all()).allSatisfy(dialect ->
                assertThat(DdlCompilers.forDialect(dialect).getClass()).isNotEqualTo(DdlCompiler.class));
        assertThat(DdlCompilers.forDialect(AnsiDdlCompilerTest.ANSI).getClass()).isEqualTo(DdlCompiler.class);
    }

    private static List<Dialect> dialects() {
        return java.util.stream.Stream.concat(Dialects.all().stream(), java.util.stream.Stream.of(AnsiDdlCompilerTest.ANSI))
                .toList();
    }
}
