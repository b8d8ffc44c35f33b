package dev.retort.cli;

import dev.retort.command.CommandException;
import dev.retort.command.TargetSchemas;
import dev.retort.config.RetortConfig;
import dev.retort.jpa.JpaModelSettings;
import dev.retort.jpa.JpaModels;
import dev.retort.model.MetaData;
import dev.retort.model.ModelLoader;
import dev.retort.schema.DatabaseSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The target schema of autogenerate, as the configuration says: the Java models ({@code models} or
 * {@code models_class}), or JPA entities read through Hibernate (a {@code [retort.jpa]} table with
 * {@code classpath}, {@code packages} and Hibernate's settings). Loaded once per command.
 */
final class ModelTargets {
    private static final String JPA_KEY = "jpa";

    private ModelTargets() {}

    static TargetSchemas of(RetortConfig config) {
        Optional<Map<String, String>> jpa = jpaSettings(config);
        if (jpa.isPresent() && config.models().isPresent()) {
            throw new CommandException("Both 'models' and a [" + config.section() + "." + JPA_KEY + "] table are set in "
                    + config.file() + "; keep the one the target schema comes from");
        }
        if (jpa.isPresent()) {
            quietHibernate();
            return dialect -> Optional.of(JpaModels.read(JpaModelSettings.source(jpa.get(),
                    config.file().toAbsolutePath().getParent()), dialect));
        }
        DatabaseSchema[] loaded = new DatabaseSchema[1];
        return dialect -> {
            if (loaded[0] == null) {
                ModelLoader.load(config).map(MetaData::toSchema).ifPresent(schema -> loaded[0] = schema);
            }
            return Optional.ofNullable(loaded[0]);
        };
    }

    /** The {@code [retort.jpa]} table, its lists joined with commas as the JPA settings read them. */
    private static Optional<Map<String, String>> jpaSettings(RetortConfig config) {
        Object value = config.settings().get(JPA_KEY);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> table)) {
            throw new CommandException("'" + JPA_KEY + "' in " + config.file() + " must be a table ([" + config.section()
                    + "." + JPA_KEY + "]) with classpath, packages and Hibernate settings");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        table.forEach((key, item) -> settings.put(String.valueOf(key), item instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(",")) : String.valueOf(item)));
        return Optional.of(settings);
    }

    /** Hibernate announces itself and its dialect on every read; the command's own output says what matters. */
    private static void quietHibernate() {
        System.setProperty("org.jboss.logging.provider", "jdk");
        Logger.getLogger("org.hibernate").setLevel(Level.SEVERE);
    }
}
