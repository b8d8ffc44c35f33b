package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.op.CreateTable;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables of the model, created through the dialect's DDL compiler and read back, equal the model. The
 * differences the comparison allows are {@link Normalisation}'s, each a documented property of reflection.
 */
class RoundTripTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void tablesCreatedFromTheModelReadBackAsTheModel(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> model = RoundTripModel.tables(database.dialect());
            DdlCompiler compiler = DdlCompilers.forDialect(database.dialect());
            for (Table table : model) {
                database.execute(compiler.compile(new CreateTable(table, false)));
            }

            DatabaseSchema read = SchemaReader.forDialect(database.dialect())
                    .read(database.connection(), ReflectionScope.defaultSchema());

            assertThat(read.tables()).extracting(Table::name)
                    .containsExactlyElementsOf(model.stream().map(Table::name).sorted(
                            java.util.Comparator.comparing(QualifiedName::name)).toList());
            for (Table table : model) {
                Table reflected = read.table(table.name()).orElseThrow();
                assertThat(Normalisation.comparable(reflected, table)).as("table " + table.name())
                        .isEqualTo(Normalisation.comparable(table, reflected));
            }
        }
    }


    /**
     * What reflection cannot give back as the model wrote it, applied to both sides: constraints and
     * indexes come in the readers' order (by kind, then name), since databases do not keep the order they
     * were declared in; a primary key unnamed on either side is compared without a name: one the model
     * left unnamed reads back with the name the database gave it ({@code customer_pkey},
     * {@code CONSTRAINT_5}), and MySQL and MariaDB name every primary key {@code PRIMARY}, which reads
     * back as unnamed.
     */
    static final class Normalisation {
        private Normalisation() {
        }

        /** {@code table} as compared with {@code other}, the same table on the other side. */
        static Table comparable(Table table, Table other) {
            boolean bothNamed = table.primaryKey().flatMap(PrimaryKey::name).isPresent()
                    && other.primaryKey().flatMap(PrimaryKey::name).isPresent();
            Optional<PrimaryKey> key = table.primaryKey().map(primaryKey -> bothNamed ? primaryKey
                    : new PrimaryKey(Optional.empty(), primaryKey.columns()));
            return new Table(table.name(), table.columns(), key,
                    table.constraints().stream().sorted(TableParts.CONSTRAINT_ORDER).toList(),
                    table.indexes().stream().sorted(TableParts.INDEX_ORDER).toList(), table.comment());
        }
    }
}
