package dev.retort.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;
import org.hibernate.tool.schema.spi.GenerationTarget;

/**
 * The DDL Hibernate's own schema creator writes for entity classes, independently of retort's reading:
 * what {@code hbm2ddl.auto=create} would run against the database.
 */
final class HibernateDdl {

    private HibernateDdl() {
    }

    static List<String> createCommands(String hibernateDialect, Map<String, Object> settings, List<Class<?>> classes) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put("hibernate.dialect", hibernateDialect);
        all.put("hibernate.boot.allow_jdbc_metadata_access", false);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            Journal journal = new Journal();
            new SchemaCreatorImpl(registry).doCreation(metadata, registry, all, false, journal);
            return List.copyOf(journal.commands);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** The commands the schema creator writes, in order. */
    private static final class Journal implements GenerationTarget {
        private final List<String> commands = new ArrayList<>();

        @Override
        public void prepare() {
        }

        @Override
        public void accept(String command) {
            commands.add(command);
        }

        @Override
        public void release() {
        }
    }
}
