package dev.retort.sql;

import java.util.Set;

/**
 * How a dialect's statements that hold a stored program start, read word by word after {@code CREATE}:
 * a word in {@code kinds} says the statement is one, a word in {@code modifiers} or {@code valueModifiers}
 * leaves the question open, and any other word says it is not. The value after a value modifier's
 * {@code =} is skipped, whether {@code 'admin'@'localhost'}, {@code admin@localhost} or
 * {@code CURRENT_USER()}.
 *
 * @param alteredBodies whether an {@code ALTER} statement may give a program a new body ({@code ALTER EVENT ... DO
 *     BEGIN ... END}, MySQL and MariaDB), read as {@code CREATE} is
 * @param anonymousBlocks whether {@code BEGIN NOT ATOMIC ... END} is a program on its own (MariaDB)
 * @param endAfterSemicolon whether the body is a list of statements that ends at {@code ; END}, whatever
 *     else says {@code BEGIN}, {@code CASE} or {@code END} in it, as {@code sqlite3_complete()} reads a
 *     trigger (SQLite); otherwise blocks nest
 */
record ProgramSyntax(Set<String> kinds, Set<String> modifiers, Set<String> valueModifiers, boolean alteredBodies,
        boolean anonymousBlocks, boolean endAfterSemicolon) {

    /** {@code CREATE [DEFINER = user] {PROCEDURE | FUNCTION | TRIGGER | EVENT}}. */
    static final ProgramSyntax MYSQL = new ProgramSyntax(Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "EVENT"),
            Set.of("OR", "REPLACE", "SQL", "SECURITY", "INVOKER", "AGGREGATE"), Set.of("DEFINER"), true, false, false);

    /** MySQL's, with {@code CREATE OR REPLACE}, {@code AGGREGATE FUNCTION} and anonymous blocks. */
    static final ProgramSyntax MARIADB = new ProgramSyntax(MYSQL.kinds, MYSQL.modifiers, MYSQL.valueModifiers, true,
            true, false);

    /** {@code CREATE [TEMP | TEMPORARY] TRIGGER}. */
    static final ProgramSyntax SQLITE = new ProgramSyntax(Set.of("TRIGGER"), Set.of("TEMP", "TEMPORARY"), Set.of(),
            false, false, true);

    ProgramSyntax {
        kinds = Set.copyOf(kinds);
        modifiers = Set.copyOf(modifiers);
        valueModifiers = Set.copyOf(valueModifiers);
    }
}
