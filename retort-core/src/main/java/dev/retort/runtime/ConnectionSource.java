package dev.retort.runtime;

import dev.retort.config.DatabaseUrl;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Where a command's connection comes from: the configured URL, or the {@link DataSource} an environment
 * hook supplies. Either way the command learns the database's URL, for its dialect, its lock and its
 * messages (which never show a password).
 */
public sealed interface ConnectionSource permits ConfiguredUrl, HookDataSource {

    /** Connects; a failure is a {@link ConnectionFailedException} naming the database without password. */
    Connection open();

    /** The database's URL; for a data source, the one its connections report. */
    DatabaseUrl url();

    /** The URL as a person is shown it, without its password. */
    default String shownUrl() {
        return url().redacted();
    }

    static ConnectionSource of(DatabaseUrl url) {
        return new ConfiguredUrl(url);
    }

    static ConnectionSource of(DataSource dataSource) {
        return new HookDataSource(dataSource);
    }
}
