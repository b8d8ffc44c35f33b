package dev.retort.op;

/**
 * Writes a Java value as a SQL literal of one database, for {@code op.inlineLiteral(...)} and for rows
 * inserted offline. Each dialect supplies its own; {@link #standard()} follows the SQL standard.
 */
@FunctionalInterface
public interface LiteralRenderer {

    /** The value as a literal; fails with a message for a value it cannot write. */
    String render(Object value);

    /** Standard SQL literals: {@code 'it''s'}, {@code 42}, {@code TRUE}, {@code DATE '2024-01-31'}, {@code NULL}. */
    static LiteralRenderer standard() {
        return StandardLiterals::render;
    }
}
