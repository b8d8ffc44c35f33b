package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogenerate.CompareOptions;
import dev.retort.autogenerate.SchemaComparator;
import dev.retort.autogenerate.SchemaDiff;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.jpa.ordered.Account;
import dev.retort.reflect.ReflectionScope;
import dev.retort.reflect.SchemaReader;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SqlExpression;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An index column in descending order keeps its order in the model, as reflection reads it back. */
class IndexOrderTest {
    private static final JpaModelSource ACCOUNT = JpaModelSource.classes(Account.class);

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2", "mariadb", "sqlite"})
    void aDescendingColumnIsWrittenAsTheJavaModelsWriteIt(String database) {
        Index index = JpaModels.read(ACCOUNT, Dialects.named(database)).table(QualifiedName.of("account"))
                .orElseThrow().indexes().get(0);

        assertThat(index.elements()).containsExactly(new SqlExpression("created DESC"));
    }

    @Test
    void anIndexHibernateCreatedOnH2ComparesClean(@TempDir Path directory) throws Exception {
        try (ServerDatabase database = ServerDatabase.h2(directory)) {
            assertHibernatesIndexComparesClean(database, "h2", "org.hibernate.dialect.H2Dialect");
        }
    }

    @Test
    void anIndexHibernateCreatedOnSqliteComparesClean(@TempDir Path directory) throws Exception {
        try (ServerDatabase database = ServerDatabase.sqlite(directory)) {
            assertHibernatesIndexComparesClean(database, "sqlite", "org.hibernate.community.dialect.SQLiteDialect");
        }
    }

    private static void assertHibernatesIndexComparesClean(ServerDatabase database, String dialectName,
            String hibernateDialect) throws Exception {
        Dialect dialect = Dialects.named(dialectName);
        database.execute(HibernateDdl.createCommands(hibernateDialect,
                Map.of("jakarta.persistence.database-product-version", database.version()), List.of(Account.class)));
        DatabaseSchema model = JpaModels.read(ACCOUNT.databaseVersion(database.version()), dialect);
        DatabaseSchema actual = SchemaReader.forDialect(dialect).read(database.connection(),
                ReflectionScope.defaultSchema());
        SchemaDiff diff = SchemaComparator.forDialect(dialect, CompareOptions.defaults()).compare(model, actual);
        assertThat(diff.describe()).as("differences with the index Hibernate created").isEmpty();
    }
}
