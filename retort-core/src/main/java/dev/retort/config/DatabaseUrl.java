package dev.retort.config;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A database URL as configured, understood: the JDBC URL to connect with, the user and password to pass
 * as driver properties, and the dialect. Accepts JDBC URLs as they are and the {@code DATABASE_URL} forms
 * people know from SQLAlchemy and hosting platforms:
 * <ul>
 * <li>{@code postgresql://user:password@host:5432/db} (also {@code postgres://}), {@code mysql://...},
 * {@code mariadb://...}; a {@code +driver} suffix such as {@code postgresql+psycopg2} is ignored, the
 * query is kept, and a percent-encoded user or password is decoded;</li>
 * <li>{@code sqlite:///relative.db} (relative to the working directory, as in SQLAlchemy),
 * {@code sqlite:////absolute.db}, and {@code sqlite://} or {@code sqlite:///:memory:} in memory;</li>
 * <li>{@code h2:file:path} (a relative path is relative to the working directory), {@code h2:mem:name}
 * and any other {@code h2:} form, given to H2 as {@code jdbc:h2:...}.</li>
 * </ul>
 * Get one with {@link #parse}. {@link #toString()} is {@link #redacted()}, so the password is not shown
 * by accident; {@link #jdbcUrl()} is for the driver only, as a JDBC URL may hold a password parameter.
 */
public final class DatabaseUrl {
    private final String jdbcUrl;
    private final String dialect;
    private final String user;
    private final String password;
    private final String redacted;

    DatabaseUrl(String jdbcUrl, String dialect, String user, String password, String redacted) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.user = user;
        this.password = password;
        this.redacted = Objects.requireNonNull(redacted, "redacted");
    }

    /**
     * Parses a URL; a relative SQLite or H2 file is resolved against {@code workingDirectory}. A URL retort
     * cannot use gives a {@link ConfigException} listing the accepted forms, without the password.
     */
    public static DatabaseUrl parse(String url, Path workingDirectory) {
        return DatabaseUrlParser.parse(url, workingDirectory);
    }

    /** The URL for the JDBC driver; credentials of a {@code DATABASE_URL} form are in {@link #user()}. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** {@code sqlite}, {@code postgresql}, {@code mysql}, {@code mariadb} or {@code h2}. */
    public String dialect() {
        return dialect;
    }

    /** The URL as written, with the password replaced by {@value Redaction#MASK}. */
    public String redacted() {
        return redacted;
    }

    /**
     * {@code text}, such as a driver's message, with every password of this URL hidden, and the JDBC URL
     * shown {@link #redacted()}.
     */
    public String redact(String text) {
        Set<String> secrets = new LinkedHashSet<>(Redaction.secretsIn(jdbcUrl));
        password().ifPresent(secrets::add);
        return Redaction.redact(text.replace(jdbcUrl, redacted), secrets, user());
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DatabaseUrl)) {
            return false;
        }
        DatabaseUrl that = (DatabaseUrl) other;
        return jdbcUrl.equals(that.jdbcUrl) && dialect.equals(that.dialect) && Objects.equals(user, that.user)
                && Objects.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jdbcUrl, dialect, user, password);
    }

    @Override
    public String toString() {
        return redacted;
    }
}
