package dev.retort.schema;

import java.util.Arrays;
import java.util.Locale;

/** What a foreign key does when the row it refers to is deleted or its key updated. */
public enum ReferentialAction {
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT"),
    RESTRICT("RESTRICT"),
    NO_ACTION("NO ACTION");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The words in DDL: {@code SET NULL}. */
    public String sql() {
        return sql;
    }

    /** The action named as in SQL, in any case: {@code "cascade"}, {@code "SET NULL"}. */
    public static ReferentialAction parse(String words) {
        String normalised = Names.require(words, "referential action").trim().replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(action -> action.sql.equals(normalised))
                .findFirst()
                .orElseThrow(() -> new SchemaDefinitionException("referential action '" + words + "'",
                        "use one of CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION"));
    }
}
