package dev.retort.autogenerate;

import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import java.util.Optional;

/**
 * The default a database keeps for an SQL expression, on databases that compute constant expressions when a
 * default is set: H2 keeps {@code 1 + 2} as {@code 3} and {@code UPPER('abc')} as {@code 'ABC'}. A model's
 * expression and the value the database keeps for it are then the same default. The command asks the
 * database ({@code SchemaReader.foldedDefault}); {@link #NONE} where defaults are kept as written.
 */
@FunctionalInterface
public interface FoldedDefaults {

    /** Every default kept as written. */
    FoldedDefaults NONE = expression -> Optional.empty();

    /** What the database keeps for {@code expression} as a default; empty when it keeps it as written. */
    Optional<ServerDefault> folded(SqlExpression expression);
}
