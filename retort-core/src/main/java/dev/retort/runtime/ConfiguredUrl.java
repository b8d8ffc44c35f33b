package dev.retort.runtime;

import dev.retort.config.DatabaseUrl;
import java.sql.Connection;
import java.util.Objects;

/** Connections to the URL of the configuration, {@code --url} or {@code DATABASE_URL}. */
record ConfiguredUrl(DatabaseUrl url) implements ConnectionSource {

    ConfiguredUrl {
        Objects.requireNonNull(url, "url");
    }

    @Override
    public Connection open() {
        return Connections.open(url);
    }
}
