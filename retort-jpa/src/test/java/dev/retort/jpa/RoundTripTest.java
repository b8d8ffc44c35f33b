package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.reflect.ReflectionScope;
import dev.retort.reflect.SchemaReader;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.jpa.loyalty.LoyaltyAccount;
import dev.retort.jpa.loyalty.LoyaltyTier;
import dev.retort.jpa.ticket.Ticket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema read from the entities, without a database, equals the one reflected from a database that
 * Hibernate's own DDL created, up to the names and check rewrites the database chooses
 * ({@link DatabaseNaming}): what autogenerate needs to find no difference where there is none.
 */
class RoundTripTest {

    @Test
    void entitiesReadAsPostgresqlReflectsHibernatesSchema() throws Exception {
        try (ServerDatabase database = ServerDatabase.postgres()) {
            assertReadAsReflected(database, Dialects.named("postgresql"), "org.hibernate.dialect.PostgreSQLDialect");
        }
    }

    @Test
    void entitiesReadAsH2ReflectsHibernatesSchema(@TempDir Path directory) throws Exception {
        try (ServerDatabase database = ServerDatabase.h2(directory)) {
            assertReadAsReflected(database, Dialects.named("h2"), "org.hibernate.dialect.H2Dialect");
        }
    }

    /**
     * Hibernate's SQLite dialect has no {@code ALTER TABLE}, so its DDL leaves out the foreign keys and the
     * unique keys it would add by name afterwards; the model keeps them, as SQLite holds them when a table is
     * created with them (see {@link AutogenerateOnSqliteTest}). Everything else is as Hibernate writes it.
     */
    @Test
    void entitiesReadAsSqliteReflectsHibernatesSchemaBesidesTheKeysItAddsByAlter(@TempDir Path directory)
            throws Exception {
        try (ServerDatabase database = ServerDatabase.sqlite(directory)) {
            assertReadAsReflected(database, Dialects.named("sqlite"), "org.hibernate.community.dialect.SQLiteDialect",
                    ShopModel.source(), Map.of(), ShopModel.CLASSES, ReflectionScope.defaultSchema(),
                    RoundTripTest::withoutKeysAddedByAlter);
        }
    }

    @Test
    void entitiesNamedByStrategiesReadAsSqliteReflectsHibernatesSchemaBesidesTheKeysItAddsByAlter(
            @TempDir Path directory) throws Exception {
        try (ServerDatabase database = ServerDatabase.sqlite(directory)) {
            JpaModelSource source = JpaModelSource.packages(List.of(), NamingStrategyTest.LOYALTY)
                    .physicalNamingStrategy(NamingStrategyTest.CAMEL_CASE).implicitNamingStrategy("component-path");
            assertReadAsReflected(database, Dialects.named("sqlite"), "org.hibernate.community.dialect.SQLiteDialect",
                    source, Map.of("hibernate.physical_naming_strategy", NamingStrategyTest.CAMEL_CASE,
                            "hibernate.implicit_naming_strategy", "component-path"),
                    List.of(LoyaltyAccount.class, LoyaltyTier.class), ReflectionScope.defaultSchema(),
                    RoundTripTest::withoutKeysAddedByAlter);
        }
    }

    /** Hibernate's SQLite dialect writes {@code comment on} statements, which SQLite has not: they are left out. */
    private static List<String> runnable(String hibernateDialect, List<String> statements) {
        return hibernateDialect.endsWith("SQLiteDialect")
                ? statements.stream().filter(sql -> !sql.startsWith("comment on ")).toList() : statements;
    }

    /** The model without its foreign keys and named unique keys, having checked it has some. */
    private static DatabaseSchema withoutKeysAddedByAlter(DatabaseSchema model) {
        assertThat(model.tables()).flatExtracting(Table::constraints).hasAtLeastOneElementOfType(ForeignKey.class);
        List<Table> tables = model.tables().stream().map(table -> new Table(table.name(), table.columns(),
                table.primaryKey(), table.constraints().stream()
                        .filter(constraint -> !(constraint instanceof ForeignKey)
                                && !(constraint instanceof UniqueConstraint unique && unique.name().isPresent()))
                        .toList(),
                table.indexes(), table.comment())).toList();
        return new DatabaseSchema(tables, model.sequences(), model.enumTypes());
    }

    @Test
    void clinicEntitiesReadAsPostgresqlReflectHibernatesSchema() throws Exception {
        try (ServerDatabase database = ServerDatabase.postgres()) {
            assertClinicReadAsReflected(database, "postgresql", "org.hibernate.dialect.PostgreSQLDialect");
        }
    }

    @Test
    void clinicEntitiesReadAsMariaDbReflectHibernatesSchema() throws Exception {
        try (ServerDatabase database = ServerDatabase.mariadb()) {
            assertClinicReadAsReflected(database, "mariadb", "org.hibernate.dialect.MariaDBDialect");
        }
    }

    @Test
    void clinicEntitiesReadAsH2ReflectHibernatesSchema(@TempDir Path directory) throws Exception {
        try (ServerDatabase database = ServerDatabase.h2(directory)) {
            assertClinicReadAsReflected(database, "h2", "org.hibernate.dialect.H2Dialect");
        }
    }

    @Test
    void clinicEntitiesReadAsSqliteReflectHibernatesSchemaBesidesTheKeysItAddsByAlter(@TempDir Path directory)
            throws Exception {
        try (ServerDatabase database = ServerDatabase.sqlite(directory)) {
            assertReadAsReflected(database, Dialects.named("sqlite"), "org.hibernate.community.dialect.SQLiteDialect",
                    ClinicModel.source(), Map.of(), ClinicModel.CLASSES, ReflectionScope.defaultSchema(),
                    RoundTripTest::withoutKeysAddedByAlter);
        }
    }

    private static void assertClinicReadAsReflected(ServerDatabase database, String dialect, String hibernateDialect)
            throws Exception {
        assertReadAsReflected(database, Dialects.named(dialect), hibernateDialect, ClinicModel.source(), Map.of(),
                ClinicModel.CLASSES);
    }

    @Test
    void entitiesReadAsMariaDbReflectsHibernatesSchema() throws Exception {
        try (ServerDatabase database = ServerDatabase.mariadb()) {
            assertReadAsReflected(database, Dialects.named("mariadb"), "org.hibernate.dialect.MariaDBDialect");
        }
    }

    @Test
    void entitiesNamedByStrategiesReadAsPostgresqlReflectsHibernatesSchema() throws Exception {
        try (ServerDatabase database = ServerDatabase.postgres()) {
            assertLoyaltyReadAsReflected(database, "postgresql", "org.hibernate.dialect.PostgreSQLDialect");
        }
    }

    @Test
    void entitiesNamedByStrategiesReadAsH2ReflectsHibernatesSchema(@TempDir Path directory) throws Exception {
        try (ServerDatabase database = ServerDatabase.h2(directory)) {
            assertLoyaltyReadAsReflected(database, "h2", "org.hibernate.dialect.H2Dialect");
        }
    }

    @Test
    void entitiesNamedByStrategiesReadAsMariaDbReflectsHibernatesSchema() throws Exception {
        try (ServerDatabase database = ServerDatabase.mariadb()) {
            assertLoyaltyReadAsReflected(database, "mariadb", "org.hibernate.dialect.MariaDBDialect");
        }
    }

    @Test
    void nativeEnumTypesReadAsPostgresqlReflectsHibernatesSchema() throws Exception {
        try (ServerDatabase database = ServerDatabase.postgres()) {
            assertReadAsReflected(database, Dialects.named("postgresql"), "org.hibernate.dialect.PostgreSQLDialect",
                    JpaModelSource.classes(Ticket.class), Map.of(), List.of(Ticket.class));
        }
    }

    /** The loyalty entities, named by camel case and component-path strategies, with comments and a cascade. */
    private static void assertLoyaltyReadAsReflected(ServerDatabase database, String dialect, String hibernateDialect)
            throws Exception {
        JpaModelSource source = JpaModelSource.packages(List.of(), NamingStrategyTest.LOYALTY)
                .physicalNamingStrategy(NamingStrategyTest.CAMEL_CASE).implicitNamingStrategy("component-path");
        assertReadAsReflected(database, Dialects.named(dialect), hibernateDialect, source,
                Map.of("hibernate.physical_naming_strategy", NamingStrategyTest.CAMEL_CASE,
                        "hibernate.implicit_naming_strategy", "component-path"),
                List.of(LoyaltyAccount.class, LoyaltyTier.class));
    }

    @Test
    void entitiesInHibernatesDefaultSchemaReadAsPostgresqlReflectsThatSchema() throws Exception {
        try (ServerDatabase database = ServerDatabase.postgres()) {
            database.execute(List.of("CREATE SCHEMA sales"));
            assertReadAsReflected(database, Dialects.named("postgresql"), "org.hibernate.dialect.PostgreSQLDialect",
                    ShopModel.source().hibernateSetting("hibernate.default_schema", "sales"),
                    Map.of("hibernate.default_schema", "sales"), ShopModel.CLASSES, ReflectionScope.schemas("sales"));
        }
    }

    private static void assertReadAsReflected(ServerDatabase database, Dialect dialect, String hibernateDialect)
            throws Exception {
        assertReadAsReflected(database, dialect, hibernateDialect, ShopModel.source(), Map.of(), ShopModel.CLASSES);
    }

    private static void assertReadAsReflected(ServerDatabase database, Dialect dialect, String hibernateDialect,
            JpaModelSource source, Map<String, Object> settings, List<Class<?>> classes) throws Exception {
        assertReadAsReflected(database, dialect, hibernateDialect, source, settings, classes,
                ReflectionScope.defaultSchema());
    }

    private static void assertReadAsReflected(ServerDatabase database, Dialect dialect, String hibernateDialect,
            JpaModelSource source, Map<String, Object> settings, List<Class<?>> classes, ReflectionScope scope)
            throws Exception {
        assertReadAsReflected(database, dialect, hibernateDialect, source, settings, classes, scope,
                UnaryOperator.identity());
    }

    /** {@code written} is what of the model Hibernate's DDL writes. */
    private static void assertReadAsReflected(ServerDatabase database, Dialect dialect, String hibernateDialect,
            JpaModelSource source, Map<String, Object> settings, List<Class<?>> classes, ReflectionScope scope,
            UnaryOperator<DatabaseSchema> written) throws Exception {
        String version = database.version();
        Map<String, Object> ddlSettings = new HashMap<>(settings);
        ddlSettings.put("jakarta.persistence.database-product-version", version);
        database.execute(runnable(hibernateDialect,
                HibernateDdl.createCommands(hibernateDialect, ddlSettings, classes)));
        DatabaseSchema reflected = SchemaReader.forDialect(dialect).read(database.connection(), scope);

        DatabaseSchema model = written.apply(JpaModels.read(source.databaseVersion(version), dialect));

        DatabaseNaming naming = new DatabaseNaming();
        DatabaseSchema named = naming.named(model, reflected);
        assertThat(named.tables()).extracting(Table::name).containsExactlyElementsOf(
                reflected.tables().stream().map(Table::name).toList());
        for (Table table : named.tables()) {
            assertThat(table).as("table %s", table.name()).isEqualTo(reflected.table(table.name()).orElseThrow());
        }
        assertThat(named.sequences()).isEqualTo(reflected.sequences());
        assertThat(named).isEqualTo(reflected);
        assertThat(naming.applied()).allMatch(line -> line.contains("by the database") || line.contains("reads back as"));
    }
}
