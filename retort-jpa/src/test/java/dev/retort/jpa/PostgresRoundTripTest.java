package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.reflect.ReflectionScope;
import dev.retort.reflect.SchemaReader;
import dev.retort.schema.DatabaseSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema read from the entities equals the one reflected from a PostgreSQL database that Hibernate's
 * own DDL created, up to the names and check rewrites the database chooses ({@link DatabaseNaming}).
 */
class PostgresRoundTripTest {
    private static final Dialect POSTGRES = Dialects.named("postgresql");

    @Test
    void entitiesReadAsTheDatabaseHibernateCreates() throws Exception {
        try (ServerDatabase database = ServerDatabase.postgres()) {
            String version = database.version();
            database.execute(HibernateDdl.createCommands("org.hibernate.dialect.PostgreSQLDialect",
                    Map.of("jakarta.persistence.database-product-version", version), ShopModel.CLASSES));
            DatabaseSchema reflected = SchemaReader.forDialect(POSTGRES).read(database.connection(),
                    ReflectionScope.defaultSchema());

            DatabaseSchema model = JpaModels.read(ShopModel.source().databaseVersion(version), POSTGRES);

            DatabaseNaming naming = new DatabaseNaming();
            DatabaseSchema named = naming.named(model, reflected);
            naming.applied().forEach(System.out::println);
            assertThat(named.tables().stream().map(t -> t.name().toString()))
                    .containsExactlyElementsOf(reflected.tables().stream().map(t -> t.name().toString()).toList());
            for (int i = 0; i < named.tables().size(); i++) {
                assertThat(named.tables().get(i)).isEqualTo(reflected.tables().get(i));
            }
            assertThat(named).isEqualTo(reflected);
        }
    }
}
