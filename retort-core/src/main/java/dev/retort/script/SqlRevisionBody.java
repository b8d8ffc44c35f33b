package dev.retort.script;

import java.util.Objects;

/** The two parts of a SQL revision file, as {@link RevisionFileParser#parseSqlBody} reads them. */
public record SqlRevisionBody(SqlSection upgrade, SqlSection downgrade) {

    public SqlRevisionBody {
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
    }
}
