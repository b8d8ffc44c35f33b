package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectCapabilities;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.EnumStorage;
import dev.retort.jpa.clash.Author;
import dev.retort.jpa.clash.Publisher;
import dev.retort.jpa.ticket.Ticket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes in what is read are reported as a {@link JpaModelException} whose message says what to do. */
class ErrorsTest {
    private static final Dialect POSTGRES = Dialects.named("postgresql");

    @Test
    void aSourceNamingNeitherPackagesNorClassesIsRefused() {
        assertThatThrownBy(() -> JpaModelSource.packages(List.of()))
                .isInstanceOf(JpaModelException.class)
                .hasMessage("No JPA entities to read: name the packages to scan for entities or the entity classes");
    }

    @Test
    void aPackageWithoutEntitiesIsReportedWithWhatToCheck() {
        assertThatThrownBy(() -> JpaModels.read(JpaModelSource.packages(List.of(), "dev.retort.jpa.nowhere"), POSTGRES))
                .isInstanceOf(JpaModelException.class)
                .hasMessage("No JPA entities found in packages dev.retort.jpa.nowhere; check the package names and "
                        + "that the class path holds the compiled classes");
    }

    @Test
    void classesThatCannotBeLoadedAreReportedTogether() {
        assertThatThrownBy(() -> JpaModels.read(JpaModelSource.classes("com.example.Missing", "com.example.Gone"),
                POSTGRES))
                .isInstanceOf(JpaModelException.class)
                .hasMessage("Could not load the entity classes [com.example.Missing (not found), com.example.Gone "
                        + "(not found)]; add the folders or jars that hold them and their dependencies to the class path");
    }

    @Test
    void missingClassPathEntriesAreNamed() {
        Path missing = Path.of("no-such-build", "classes");
        assertThatThrownBy(() -> JpaModels.read(JpaModelSource.packages(List.of(missing), "com.example"), POSTGRES))
                .isInstanceOf(JpaModelException.class)
                .hasMessage("The class path entries [" + missing + "] do not exist; build the project first or "
                        + "correct the paths");
    }

    @Test
    void aMappingHibernateRefusesIsReportedWithHibernatesReason() {
        JpaModelSource source = JpaModelSource.packages(List.of(), "dev.retort.jpa.broken");

        assertThatThrownBy(() -> JpaModels.read(source, POSTGRES))
                .isInstanceOf(JpaModelException.class)
                .hasMessageStartingWith("Hibernate could not map packages dev.retort.jpa.broken: ")
                .hasMessageContaining("dev.retort.jpa.broken.Unkeyed")
                .hasMessageContaining("identifier")
                .hasMessageEndingWith("; fix the mapping or the settings and try again");
    }

    @Test
    void indexesOfOneNameOnTwoTablesAreRefusedAsTheJavaModelsRefuseThem() {
        assertThatThrownBy(() -> JpaModels.read(JpaModelSource.classes(Author.class, Publisher.class),
                Dialects.named("postgresql")))
                .isInstanceOf(JpaModelException.class)
                .hasMessageContaining("ix_name")
                .hasMessageContaining("table author")
                .hasMessageContaining("table publisher")
                .hasMessageContaining("share index names");
    }

    @Test
    void anUnknownNamingStrategyIsReportedByName() {
        JpaModelSource source = ShopModel.source().physicalNamingStrategy("com.example.NoSuchNamingStrategy");

        assertThatThrownBy(() -> JpaModels.read(source, POSTGRES))
                .isInstanceOf(JpaModelException.class)
                .hasMessageStartingWith("Hibernate could not map packages dev.retort.jpa.shop: ")
                .hasMessageContaining("com.example.NoSuchNamingStrategy");
    }

    @Test
    void everyDatabaseRetortKnowsHasJpaModels() {
        assertThat(Dialects.all()).allSatisfy(dialect -> assertThat(TargetDatabase.of(dialect)).isPresent());
    }

    @Test
    void aDatabaseWithoutAHibernateTargetIsRefusedNamingTheOnesThatHaveOne() {
        assertThatThrownBy(() -> JpaModels.read(ShopModel.source(), new OracleDialect()))
                .isInstanceOf(JpaModelException.class)
                .hasMessage("JPA models cannot be read for oracle databases; retort reads them for h2, mariadb, "
                        + "mysql, postgresql, sqlite");
    }

    @ParameterizedTest
    @CsvSource({"sqlite, org.hibernate.community.dialect.SQLiteDialect", "mariadb, org.hibernate.dialect.MariaDBDialect",
            "mysql, org.hibernate.dialect.MySQLDialect"})
    void aTypeHibernateCannotWriteForTheDatabaseIsRefusedNamingTheColumn(String database, String hibernateDialect) {
        assertThatThrownBy(() -> JpaModels.read(JpaModelSource.classes(Ticket.class), Dialects.named(database)))
                .isInstanceOf(JpaModelException.class)
                .hasMessageStartingWith("Column escalatedPriority of table Ticket has no type that "
                        + hibernateDialect + " can write: ")
                .hasMessageContaining("NAMED_ENUM")
                .hasMessageEndingWith("; map it to a type this database has, or declare one with "
                        + "@Column(columnDefinition = ...)");
    }

    /** A dialect retort has no Hibernate target for. */
    private static final class OracleDialect extends Dialect {
        @Override
        public String name() {
            return "oracle";
        }

        @Override
        public DialectCapabilities capabilities() {
            return new DialectCapabilities(false, true, false, true, true, true, false, true, true, true,
                    EnumStorage.CHECK_CONSTRAINT, false, false, false, false, true, true);
        }
    }

    @Test
    void readingNeverConnectsEvenWhenAConnectionIsConfigured() {
        JpaModelSource source = ShopModel.source()
                .hibernateSetting("jakarta.persistence.jdbc.url", "jdbc:postgresql://127.0.0.1:1/nothing-listens-here")
                .hibernateSetting("jakarta.persistence.jdbc.user", "nobody");

        assertThat(JpaModels.read(source, POSTGRES).tables()).hasSize(13);
    }
}
