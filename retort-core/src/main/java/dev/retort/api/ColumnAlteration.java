package dev.retort.api;

import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.ServerDefault;

/**
 * What {@link Operations#alterColumn} changes and what the column was before. Each method returns this
 * alteration, so calls chain: {@code alter -> alter.type(TEXT).existingType(string(50)).nullable(false)}.
 * What is not mentioned stays as it is.
 */
public interface ColumnAlteration {

    /** Renames the column. */
    ColumnAlteration rename(String newName);

    /** Changes the type. */
    ColumnAlteration type(ColumnType type);

    /**
     * Changes the type, converting values with a SQL expression: PostgreSQL's {@code USING}. Other databases
     * convert the values their own way and leave the expression out, as Alembic's {@code postgresql_using}.
     */
    ColumnAlteration type(ColumnType type, String using);

    /** Makes the column nullable or {@code NOT NULL}. */
    ColumnAlteration nullable(boolean nullable);

    /** Sets the server default. */
    ColumnAlteration serverDefault(ServerDefault serverDefault);

    /** Removes the server default. */
    ColumnAlteration dropServerDefault();

    /** Sets the column's comment. */
    ColumnAlteration comment(String comment);

    /** Removes the column's comment. */
    ColumnAlteration dropComment();

    /** Turns the column's own sequence on or off. */
    ColumnAlteration autoincrement(boolean autoincrement);

    /**
     * Makes the column an identity, or changes its generation or numbers:
     * {@code alter.identity(generatedAlways().start(100))}. Where the database numbers columns only by
     * {@code AUTO_INCREMENT} (MySQL), any identity is that.
     */
    ColumnAlteration identity(Identity identity);

    /** Makes an identity column an ordinary one; the values it holds stay. */
    ColumnAlteration dropIdentity();

    /**
     * In a batch on SQLite: moves the column just before {@code column}, rebuilding the table. Refused where
     * the table is altered in place (other databases, {@code recreateNever()}, outside a batch).
     */
    ColumnAlteration insertBefore(String column);

    /** In a batch on SQLite: moves the column just after {@code column}; refused elsewhere, as {@link #insertBefore}. */
    ColumnAlteration insertAfter(String column);

    /** The type the column has now. */
    ColumnAlteration existingType(ColumnType type);

    /** Whether the column is nullable now. */
    ColumnAlteration existingNullable(boolean nullable);

    /** The server default the column has now. */
    ColumnAlteration existingServerDefault(ServerDefault serverDefault);

    /** The column has no server default now. */
    ColumnAlteration existingServerDefaultAbsent();

    /** The comment the column has now. */
    ColumnAlteration existingComment(String comment);

    /** The column has no comment now. */
    ColumnAlteration existingCommentAbsent();

    /** Whether the column has its own sequence now. */
    ColumnAlteration existingAutoincrement(boolean autoincrement);

    /** The identity the column is now. */
    ColumnAlteration existingIdentity(Identity identity);

    /** The column is no identity now. */
    ColumnAlteration existingIdentityAbsent();
}
