package dev.retort.jpa;

import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

/**
 * The DDL Hibernate's own schema creator writes for entity classes, independently of retort's reading:
 * what {@code hbm2ddl.auto=create} would run against the database.
 */
final class HibernateDdl {

    private HibernateDdl() {
    }

    static List<String> createCommands(String hibernateDialect, Map<String, Object> settings, List<Class<?>> classes) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySettings(settings)
                .applySetting("hibernate.dialect", hibernateDialect)
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", false)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            return new SchemaCreatorImpl(registry).generateCreationCommands(metadata, false);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
