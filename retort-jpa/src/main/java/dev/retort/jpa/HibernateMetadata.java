package dev.retort.jpa;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Hibernate's mapping of the entity classes, built as Hibernate builds it for schema export but without a
 * connection: the dialect is named, reading JDBC metadata at boot is off, and no URL or data source is
 * set. Closing releases Hibernate's services.
 */
final class HibernateMetadata implements AutoCloseable {
    private final StandardServiceRegistry registry;
    private final Metadata metadata;

    private HibernateMetadata(StandardServiceRegistry registry, Metadata metadata) {
        this.registry = registry;
        this.metadata = metadata;
    }

    static HibernateMetadata build(JpaModelSource source, EntityClasses classes, TargetDatabase target) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(classes.loader()).build();
        StandardServiceRegistry registry = null;
        try {
            registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings(source, target)).build();
            MetadataSources sources = new MetadataSources(registry);
            classes.classes().forEach(sources::addAnnotatedClass);
            MetadataImplementor metadata = (MetadataImplementor) sources.buildMetadata();
            // As Hibernate orders them when it creates the schema itself (hibernate.hbm2ddl.auto=create, passed
            // on from the configuration): its default strategy then sorts the columns of tables and keys.
            metadata.orderColumns(false);
            return new HibernateMetadata(registry, metadata);
        } catch (RuntimeException | LinkageError e) {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            } else {
                bootstrap.close();
            }
            Optional<JpaModelException> missing = missingClass(source, e);
            if (missing.isPresent()) {
                throw missing.get();
            }
            if (e instanceof LinkageError linkage) {
                throw linkage;
            }
            if (!(e instanceof HibernateException || e instanceof IllegalArgumentException)) {
                throw (RuntimeException) e;
            }
            throw new JpaModelException(source.description(), "Hibernate could not map " + source.description()
                    + ": " + message(e) + "; fix the mapping or the settings and try again", e);
        }
    }

    /**
     * The error to report when {@code e} is, or wraps, a class an entity needs (an embeddable, a converter, an
     * attribute's type) that is missing from the class path; empty for any other failure.
     */
    static Optional<JpaModelException> missingClass(JpaModelSource source, Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String name = null;
            if (cause instanceof TypeNotPresentException absent) {
                name = absent.typeName();
            } else if (cause instanceof LinkageError && cause.getMessage() != null) {
                name = cause.getMessage().replace('/', '.');
            }
            if (name != null) {
                return Optional.of(new JpaModelException(source.description(), "Could not load the class " + name
                        + " that the entities of " + source.description() + " need (" + cause + "); add the folders "
                        + "or jars that hold it and its dependencies to the class path", e));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> settings(JpaModelSource source, TargetDatabase target) {
        Map<String, Object> settings = new HashMap<>(source.hibernateSettings());
        settings.put(JdbcSettings.DIALECT, target.hibernateDialect());
        settings.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, false);
        source.physicalNamingStrategy().ifPresent(name -> settings.put(MappingSettings.PHYSICAL_NAMING_STRATEGY, name));
        source.implicitNamingStrategy().ifPresent(name -> settings.put(MappingSettings.IMPLICIT_NAMING_STRATEGY, name));
        source.databaseVersion().ifPresent(version -> {
            String[] parts = version.trim().split("\\.");
            settings.put(JdbcSettings.JAKARTA_HBM2DDL_DB_VERSION, version.trim());
            settings.put(JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, parts[0]);
            settings.put(JdbcSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, parts.length > 1 ? parts[1] : "0");
        });
        return settings;
    }

    /** The messages of {@code e} and its causes, each once. */
    private static String message(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
        }
        return text.length() == 0 ? e.toString() : text.toString();
    }

    Metadata metadata() {
        return metadata;
    }

    Dialect dialect() {
        return registry.requireService(JdbcEnvironment.class).getDialect();
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
