package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectCapabilities;
import dev.retort.dialect.Dialects;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaReaderTest {
    @TempDir
    Path directory;

    /** A dialect retort has no reader for. */
    private static final class OracleDialect extends Dialect {
        @Override
        public String name() {
            return "oracle";
        }

        @Override
        public DialectCapabilities capabilities() {
            return new DialectCapabilities(false, true, false, true, true, true, false, true, true, true,
                    dev.retort.dialect.EnumStorage.CHECK_CONSTRAINT, false, false, false, false, true, true);
        }
    }

    @Test
    void everyDialectRetortKnowsHasAReader() {
        assertThat(Dialects.all()).allSatisfy(dialect -> assertThat(SchemaReader.forDialect(dialect)).isNotNull());
    }

    @Test
    void aDialectWithoutAReaderIsRefusedNamingTheOnesThatHaveOne() {
        assertThatThrownBy(() -> SchemaReader.forDialect(new OracleDialect()))
                .isInstanceOf(UnsupportedReflectionException.class)
                .hasMessage("cannot read the schema of a oracle database: reflection supports [h2, mariadb, mysql, "
                        + "postgresql, sqlite]; compare against a database of one of those, or write the revision by hand");
    }

    @Test
    void aCatalogTheReaderCannotQueryIsAnErrorNamingTheDatabase() throws Exception {
        try (LiveDatabase sqlite = LiveDatabase.sqlite(directory)) {
            assertThatThrownBy(() -> SchemaReader.forDialect(Dialects.named("h2"))
                    .read(sqlite.connection(), ReflectionScope.schemas("PUBLIC")))
                    .isInstanceOf(CatalogReadException.class)
                    .hasMessageStartingWith("cannot read the schema of the H2 database: a catalog query failed: ")
                    .satisfies(e -> assertThat(((CatalogReadException) e).database()).isEqualTo("H2"));
        }
    }
}
