package dev.retort.command;

import dev.retort.dialect.Dialect;
import dev.retort.schema.DatabaseSchema;
import java.util.Optional;

/**
 * Where autogenerate's target schema comes from: the models of the environment, as the database of a
 * dialect would hold them (JPA entities map to each database's own types). Empty when the configuration
 * names no models.
 */
@FunctionalInterface
public interface TargetSchemas {

    Optional<DatabaseSchema> schemaFor(Dialect dialect);
}
