package dev.retort.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the URL forms {@link DatabaseUrl} accepts into JDBC URLs. */
final class DatabaseUrlParser {
    static final String ACCEPTED_FORMS = "Accepted forms: a JDBC URL (jdbc:postgresql://..., jdbc:mysql://...,"
            + " jdbc:mariadb://..., jdbc:sqlite:..., jdbc:h2:...), postgresql://user:password@host:5432/database"
            + " (or postgres://), mysql://user:password@host:3306/database,"
            + " mariadb://user:password@host:3306/database, sqlite:///relative.db, sqlite:////absolute.db,"
            + " sqlite:// (in memory), h2:file:path, h2:mem:name";

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern JDBC = Pattern.compile("jdbc:([A-Za-z0-9]+):");
    // SQLAlchemy's reading of what follows "//": the user stops at ':' or '/', the password at the first '@'.
    private static final Pattern SERVER = Pattern.compile("(?:([^:/]*)(?::([^@]*))?@)?([^/?]*)(.*)", Pattern.DOTALL);
    /** How much of a URL without a scheme its message shows. */
    private static final int SHOWN_START = 20;
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    private static final Map<String, String> DIALECTS = Map.of("postgresql", "postgresql", "postgres", "postgresql",
            "mysql", "mysql", "mariadb", "mariadb", "sqlite", "sqlite", "h2", "h2");
    /** A MySQL or MariaDB JDBC URL whose path after the hosts is empty: {@code jdbc:mariadb://host:3306/?user=x}. */
    private static final Pattern JDBC_NO_DATABASE = Pattern.compile("jdbc:[a-z]+://[^/?#]*/?([?#].*)?");
    /**
     * {@code //user@} or {@code //user:password@} where a host belongs, before any path or query, after any
     * sub-protocol ({@code jdbc:mariadb:replication://}, {@code jdbc:h2:tcp://}).
     */
    private static final Pattern USER_BEFORE_HOST = Pattern.compile("[^/?#]*//[^/?#]*@");
    private static final Set<String> JDBC_DRIVERS = Set.of("postgresql", "mysql", "mariadb", "sqlite", "h2");

    private DatabaseUrlParser() {
    }

    static DatabaseUrl parse(String url, Path workingDirectory) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        String text = url.strip();
        if (text.isEmpty()) {
            throw failure(null, "it is empty");
        }
        if (text.startsWith("jdbc:")) {
            return jdbc(text);
        }
        Matcher scheme = SCHEME.matcher(text);
        if (!scheme.lookingAt()) {
            // What comes before the first ':' holds no password (a user name at most), so it can be shown.
            int colon = text.indexOf(':');
            String start = text.substring(0, Math.min(colon < 0 ? text.length() : colon, SHOWN_START));
            throw failure(null, "it does not start with a scheme such as 'postgresql://' or 'jdbc:' (it starts"
                    + " with \"" + start + "\")");
        }
        String written = scheme.group(1);
        String name = written.toLowerCase(Locale.ROOT);
        String dialect = DIALECTS.get(name.replaceFirst("\\+.*", ""));
        if (dialect == null) {
            throw failure(written + ":...", "the scheme '" + written + "' is not supported");
        }
        String rest = text.substring(scheme.end());
        switch (dialect) {
            case "sqlite":
                return sqlite(text, rest, workingDirectory.toAbsolutePath());
            case "h2":
                return h2(text, rest, workingDirectory.toAbsolutePath());
            default:
                return server(dialect, written, rest);
        }
    }

    private static DatabaseUrl jdbc(String text) {
        Matcher jdbc = JDBC.matcher(text);
        if (!jdbc.lookingAt()) {
            throw failure("jdbc:...", "it names no driver, as jdbc:postgresql://host/database does");
        }
        String driver = jdbc.group(1);
        if (!JDBC_DRIVERS.contains(driver)) {
            throw failure("jdbc:" + driver + ":...", "the driver '" + driver
                    + "' is not supported; retort works with postgresql, mysql, mariadb, sqlite and h2");
        }
        if (USER_BEFORE_HOST.matcher(text.substring(jdbc.end())).lookingAt()) {
            // The bundled drivers read "user:password@host" as a host name and repeat it, password and all, in
            // their error messages.
            throw failure("jdbc:" + driver + "://...", "a JDBC URL takes no user or password before the host; "
                    + "write " + driver + "://user:password@host/database, or pass them as parameters: jdbc:"
                    + driver + "://host/database?user=...&password=...");
        }
        if ((driver.equals("mysql") || driver.equals("mariadb")) && JDBC_NO_DATABASE.matcher(text).matches()) {
            throw failure("jdbc:" + driver + "://...", "it names no database; add it after the host, as in jdbc:"
                    + driver + "://host:3306/database");
        }
        return new DatabaseUrl(text, driver, null, null, Redaction.redactUrl(text));
    }

    private static DatabaseUrl server(String dialect, String scheme, String rest) {
        if (!rest.startsWith("//")) {
            throw failure(scheme + ":...", "expected " + scheme + "://user:password@host:port/database");
        }
        Matcher parts = SERVER.matcher(rest.substring(2));
        if (!parts.matches()) {
            throw failure(scheme + "://...", "it can't be split into user, host and database");
        }
        String user = parts.group(1);
        String password = parts.group(2);
        String hosts = parts.group(3);
        String tail = parts.group(4);
        checkHosts(scheme, hosts);
        if (password != null && tail.contains("@")) {
            throw failure(scheme + "://...", "an '@' follows the host; write '@' in a password as %40");
        }
        if (dialect.equals("postgresql") && namesUnixSocket(hosts, tail)) {
            throw failure(scheme + "://...", "it names a unix socket (a host that is a folder, as in"
                    + " host=/var/run/postgresql), and unix sockets are not supported: the PostgreSQL JDBC driver"
                    + " connects over TCP only; give the server's TCP address instead, as in " + scheme
                    + "://user@localhost:5432/database or ?host=127.0.0.1");
        }
        String path = tail.startsWith("/") ? tail : "/" + tail;
        if (!dialect.equals("postgresql") && path.matches("/*([?].*)?")) {
            // MySQL and MariaDB connect without one, then refuse every table: "No database selected".
            throw failure(scheme + "://...", "it names no database; add it after the host, as in " + scheme
                    + "://user:password@host:3306/database");
        }
        String jdbcUrl = "jdbc:" + dialect + "://" + (hosts.isEmpty() ? "localhost" : hosts) + path;
        String userInfo = user == null ? "" : user + (password == null ? "" : ":" + Redaction.MASK) + "@";
        String redacted = scheme + "://" + userInfo + hosts + Redaction.redactParameters(tail);
        return new DatabaseUrl(jdbcUrl, dialect, user == null || user.isEmpty() ? null : decode(user),
                password == null ? null : decode(password), redacted);
    }

    /** Whether a host, in the host part or the {@code host} parameter, is a folder: libpq's unix socket. */
    private static boolean namesUnixSocket(String hosts, String tail) {
        List<String> named = new ArrayList<>(List.of(hosts.split(",")));
        int query = tail.indexOf('?');
        for (String parameter : query < 0 ? new String[0] : tail.substring(query + 1).split("&")) {
            if (parameter.startsWith("host=")) {
                named.addAll(List.of(parameter.substring("host=".length()).split(",")));
            }
        }
        return named.stream().anyMatch(host -> decode(host).startsWith("/"));
    }

    // Host and port problems never repeat the text: after a misplaced '@' it may be part of a password.
    private static void checkHosts(String scheme, String hosts) {
        if (hosts.contains("@")) {
            throw failure(scheme + "://...", "the host contains '@'; write '@' in a user name or password as %40");
        }
        if (hosts.isEmpty()) {
            return;
        }
        for (String host : hosts.split(",", -1)) {
            String port = port(scheme, host);
            if (port != null && !(PORT.matcher(port).matches() && Integer.parseInt(port) >= 1
                    && Integer.parseInt(port) <= 65535)) {
                throw failure(scheme + "://...", "a port is not a number from 1 to 65535");
            }
        }
    }

    /** The port of {@code host[:port]} or {@code [v6]:port}, or null when there is none. */
    private static String port(String scheme, String host) {
        if (host.isEmpty()) {
            throw failure(scheme + "://...", "a host in the list of hosts is empty");
        }
        int end = 0;
        if (host.startsWith("[")) {
            end = host.indexOf(']');
            if (end < 0) {
                throw failure(scheme + "://...", "an IPv6 address has no closing ']'");
            }
        }
        int colon = host.indexOf(':', end);
        if (colon >= 0 && host.indexOf(':', colon + 1) >= 0) {
            throw failure(scheme + "://...", "write an IPv6 address in brackets, as [::1]:5432");
        }
        return colon < 0 ? null : host.substring(colon + 1);
    }

    private static DatabaseUrl sqlite(String text, String rest, Path workingDirectory) {
        String shown = Redaction.redactUrl(text);
        if (!rest.startsWith("//")) {
            throw failure(shown, "a SQLite URL starts with sqlite:// followed by the file's path");
        }
        String after = rest.substring(2);
        if (!after.isEmpty() && !after.startsWith("/")) {
            throw failure(shown, "a SQLite URL has no host; write sqlite:///relative.db or sqlite:////absolute.db");
        }
        int query = after.indexOf('?');
        String path = after.isEmpty() ? "" : after.substring(1, query < 0 ? after.length() : query);
        SqliteUrlParameters.Result parameters = SqliteUrlParameters.forDriver(query < 0 ? "" : after.substring(query + 1));
        if (parameters.refusal().isPresent()) {
            throw failure(shown, parameters.refusal().get());
        }
        String file = path.isEmpty() || path.equals(":memory:") ? ":memory:"
                : workingDirectory.resolve(path).normalize().toString();
        return new DatabaseUrl("jdbc:sqlite:" + file + parameters.query(), "sqlite", null, null, shown);
    }

    private static DatabaseUrl h2(String text, String rest, Path workingDirectory) {
        String shown = Redaction.redactUrl(text);
        String spec;
        if (rest.startsWith("file:")) {
            spec = "file:" + h2File(shown, rest.substring("file:".length()), workingDirectory);
        } else if (rest.startsWith("./") || rest.startsWith("../")) {
            spec = h2File(shown, rest, workingDirectory);
        } else if (rest.isEmpty()) {
            throw failure(shown, "it names no database; write h2:file:path or h2:mem:name");
        } else if (USER_BEFORE_HOST.matcher(rest).lookingAt()) {
            // H2 reads "user:password@host" as a host name and repeats it, password and all, in its messages.
            throw failure("h2:...", "H2 takes no user or password before the host; pass them as settings:"
                    + " h2:tcp://host/path;USER=...;PASSWORD=...");
        } else {
            spec = rest;
        }
        return new DatabaseUrl("jdbc:h2:" + spec, "h2", null, null, shown);
    }

    /** An H2 file path with its settings ({@code path;KEY=value}), the path made absolute. */
    private static String h2File(String shown, String spec, Path workingDirectory) {
        int semicolon = spec.indexOf(';');
        String path = semicolon < 0 ? spec : spec.substring(0, semicolon);
        String settings = semicolon < 0 ? "" : spec.substring(semicolon);
        if (path.isEmpty()) {
            throw failure(shown, "it names no file; write h2:file:path");
        }
        if (path.startsWith("~") || Path.of(path).isAbsolute()) {
            return spec;
        }
        return workingDirectory.resolve(path).normalize() + settings;
    }

    /** Percent-decoding as in a URL's user part: {@code %XX} becomes a byte, anything else stays. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    private static ConfigException failure(String shown, String reason) {
        String url = shown == null ? "" : " '" + shown + "'";
        // Only the scheme or a redacted URL is shown; the accepted forms' examples would look like passwords.
        return ConfigException.redactedAlready("Can't use database URL" + url + ": " + reason + ". " + ACCEPTED_FORMS);
    }
}
