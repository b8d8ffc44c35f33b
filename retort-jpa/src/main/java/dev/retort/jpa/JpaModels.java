package dev.retort.jpa;

import dev.retort.dialect.Dialect;
import dev.retort.model.InvalidModelException;
import dev.retort.model.SchemaChecks;
import dev.retort.schema.DatabaseSchema;
import java.util.Optional;
import org.hibernate.HibernateException;
import org.hibernate.cfg.MappingSettings;

/**
 * Target schemas from JPA entity classes, read through Hibernate ORM's own mapping so that naming
 * strategies, inheritance, embeddables, collection and join tables, sequences and enums come out as
 * Hibernate maps them. No database is connected: Hibernate is given the dialect, and the result is the
 * schema Hibernate's DDL for that database creates, as reflection reads it back.
 *
 * <pre>{@code
 * DatabaseSchema target = JpaModels.read(
 *         JpaModelSource.packages(List.of(Path.of("target/classes")), "com.example.domain")
 *                 .physicalNamingStrategy("org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"),
 *         Dialects.named("postgresql"));
 * }</pre>
 */
public final class JpaModels {

    private JpaModels() {
    }

    /**
     * The schema of the entities of {@code source} on a database of {@code dialect}; throws a
     * {@link JpaModelException} when no entity is found, a class cannot be loaded, Hibernate refuses
     * the mapping or the schema fails the checks the Java models pass (such as index names two tables share).
     */
    public static DatabaseSchema read(JpaModelSource source, Dialect dialect) {
        TargetDatabase target = TargetDatabase.of(dialect).orElseThrow(() -> new JpaModelException(
                source.description(), "JPA models cannot be read for " + dialect.name() + " databases; "
                + "retort reads them for " + TargetDatabase.supported()));
        try (EntityClasses classes = EntityClasses.load(source);
                HibernateMetadata hibernate = HibernateMetadata.build(source, classes, target)) {
            return valid(source, new SchemaMapping(hibernate.metadata(), hibernate.dialect(), target,
                    Optional.ofNullable(source.hibernateSettings().get(MappingSettings.DEFAULT_SCHEMA)), dialect)
                    .schema(hibernate.metadata()));
        } catch (RuntimeException | LinkageError e) {
            if (e instanceof JpaModelException known) {
                throw known;
            }
            Optional<JpaModelException> missing = HibernateMetadata.missingClass(source, e);
            if (missing.isPresent()) {
                throw missing.get();
            }
            if (e instanceof LinkageError linkage) {
                throw linkage;
            }
            if (!(e instanceof HibernateException)) {
                throw (RuntimeException) e;
            }
            throw new JpaModelException(source.description(), "Hibernate could not describe the tables of "
                    + source.description() + ": " + e.getMessage(), e);
        }
    }

    /** {@code schema}, checked as the Java models are: names two tables share in a schema, dangling keys. */
    private static DatabaseSchema valid(JpaModelSource source, DatabaseSchema schema) {
        try {
            SchemaChecks.requireValid(schema);
        } catch (InvalidModelException e) {
            throw new JpaModelException(source.description(), "The entities of " + source.description()
                    + " map to a schema the databases would refuse; " + e.getMessage(), e);
        }
        return schema;
    }
}
