package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {
    private static final Path CWD = Path.of("/home/dev/project");

    private static DatabaseUrl parse(String url) {
        return DatabaseUrl.parse(url, CWD);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db.example:5432/app?user=u&password=p | jdbc:postgresql://db.example:5432/app?user=u&password=p | postgresql",
        "jdbc:mysql://db.example:3306/app?user=u                 | jdbc:mysql://db.example:3306/app?user=u                 | mysql",
        "jdbc:mariadb://db.example/app                           | jdbc:mariadb://db.example/app                           | mariadb",
        "jdbc:sqlite:relative.db                                 | jdbc:sqlite:relative.db                                 | sqlite",
        "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1                      | jdbc:h2:mem:test;DB_CLOSE_DELAY=-1                      | h2",
        "postgresql://app:secret@db.example:5432/app             | jdbc:postgresql://db.example:5432/app                   | postgresql",
        "postgres://app:secret@db.example/app                    | jdbc:postgresql://db.example/app                        | postgresql",
        "postgresql+psycopg2://app@db.example/app                | jdbc:postgresql://db.example/app                        | postgresql",
        "postgresql://app@db.example/app?sslmode=require&x=1     | jdbc:postgresql://db.example/app?sslmode=require&x=1    | postgresql",
        "postgresql://h1:5432,h2:5433/app                        | jdbc:postgresql://h1:5432,h2:5433/app                   | postgresql",
        "postgresql://[::1]:5432/app                             | jdbc:postgresql://[::1]:5432/app                        | postgresql",
        "postgresql:///app                                       | jdbc:postgresql://localhost/app                         | postgresql",
        "postgresql://db.example                                 | jdbc:postgresql://db.example/                           | postgresql",
        "mysql://app:secret@db.example:3306/app?charset=utf8mb4  | jdbc:mysql://db.example:3306/app?charset=utf8mb4        | mysql",
        "mysql+pymysql://app:secret@db.example/app               | jdbc:mysql://db.example/app                             | mysql",
        "mariadb://app:secret@db.example:3306/app                | jdbc:mariadb://db.example:3306/app                      | mariadb",
        "sqlite:///app.db                                        | jdbc:sqlite:/home/dev/project/app.db?limit_sql_length=1000000000 | sqlite",
        "sqlite:///data/../app.db?foreign_keys=true              | jdbc:sqlite:/home/dev/project/app.db?foreign_keys=true&limit_sql_length=1000000000 | sqlite",
        "sqlite:///app.db?check_same_thread=false&timeout=5      | jdbc:sqlite:/home/dev/project/app.db?limit_sql_length=1000000000 | sqlite",
        "sqlite:///app.db?timeout=5&limit_sql_length=5000        | jdbc:sqlite:/home/dev/project/app.db?limit_sql_length=5000 | sqlite",
        "sqlite:////var/lib/app.db                               | jdbc:sqlite:/var/lib/app.db?limit_sql_length=1000000000 | sqlite",
        "sqlite://                                               | jdbc:sqlite::memory:?limit_sql_length=1000000000        | sqlite",
        "sqlite:///:memory:                                      | jdbc:sqlite::memory:?limit_sql_length=1000000000        | sqlite",
        "h2:file:./data/app                                      | jdbc:h2:file:/home/dev/project/data/app                 | h2",
        "h2:file:data/app;MODE=PostgreSQL                        | jdbc:h2:file:/home/dev/project/data/app;MODE=PostgreSQL | h2",
        "h2:file:/var/lib/app                                    | jdbc:h2:file:/var/lib/app                               | h2",
        "h2:file:~/app                                           | jdbc:h2:file:~/app                                      | h2",
        "h2:./data/app                                           | jdbc:h2:/home/dev/project/data/app                      | h2",
        "h2:mem:test                                             | jdbc:h2:mem:test                                        | h2",
        "h2:tcp://localhost/~/test                               | jdbc:h2:tcp://localhost/~/test                          | h2",
    })
    void turnsEachAcceptedFormIntoItsJdbcUrl(String url, String jdbcUrl, String dialect) {
        DatabaseUrl parsed = parse(url);

        assertThat(parsed.jdbcUrl()).isEqualTo(jdbcUrl);
        assertThat(parsed.dialect()).isEqualTo(dialect);
    }

    @Test
    void takesUserAndPasswordOutOfTheUrlAsProperties() {
        DatabaseUrl url = parse("postgresql://app:secret@db.example/app");

        assertThat(url.user()).contains("app");
        assertThat(url.password()).contains("secret");
        assertThat(url.jdbcUrl()).doesNotContain("secret").doesNotContain("app@");
    }

    @ParameterizedTest
    @CsvSource({
        "jdbc:postgresql://bi_user:MyS3cret@127.0.0.1:5432/db, postgresql",
        "jdbc:mariadb://root:MyS3cret@127.0.0.1/db, mariadb",
        "jdbc:mysql://root:MyS3cret@127.0.0.1:3306/db?useSSL=false, mysql",
        "jdbc:mariadb:replication://u:MyS3cret@127.0.0.1:1/db, mariadb",
        "jdbc:mysql:loadbalance://u:MyS3cret@127.0.0.1/db, mysql",
        "jdbc:h2:tcp://u:MyS3cret@127.0.0.1:1/db, h2"})
    void refusesAJdbcUrlWithAUserBeforeTheHostWithoutShowingThePassword(String url, String driver) {
        assertThatThrownBy(() -> parse(url))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("a JDBC URL takes no user or password before the host")
                .hasMessageContaining("jdbc:" + driver + "://host/database?user=...&password=...")
                .hasMessageNotContaining("MyS3cret");
    }

    @ParameterizedTest
    @CsvSource({"jdbc:mariadb://127.0.0.1:3306/?user=root, jdbc:mariadb", "jdbc:mysql://127.0.0.1:3306, jdbc:mysql"})
    void refusesAMySqlJdbcUrlThatNamesNoDatabase(String url, String scheme) {
        assertThatThrownBy(() -> parse(url))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("it names no database; add it after the host, as in " + scheme
                        + "://host:3306/database");
    }

    @ParameterizedTest
    @CsvSource({"mysql://root@127.0.0.1:3306/, mysql", "mariadb://root:pw@db.example, mariadb",
        "mysql+pymysql://root@db/?charset=utf8mb4, mysql+pymysql"})
    void refusesAMySqlUrlThatNamesNoDatabase(String url, String scheme) {
        assertThatThrownBy(() -> parse(url))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("it names no database; add it after the host, as in " + scheme
                        + "://user:password@host:3306/database");
    }

    @Test
    void takesAnAtSignInAJdbcUrlsParametersAsItIs() {
        DatabaseUrl url = parse("jdbc:postgresql://127.0.0.1/db?user=app&options=-c%20a@b");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1/db?user=app&options=-c%20a@b");
    }

    @Test
    void hidesItsPasswordsWhereverADriverRepeatsThem() {
        DatabaseUrl quoted = parse("jdbc:postgresql://db/app?user=u&password=Pw'XSECRET&ssl=true");
        assertThat(quoted.redact("FATAL: password Pw'XSECRET refused for jdbc:postgresql://db/app?user=u&password="
                + "Pw'XSECRET&ssl=true")).isEqualTo("FATAL: password *** refused for jdbc:postgresql://db/app?user=u"
                + "&password=***&ssl=true");
        DatabaseUrl h2 = parse("h2:file:/d/x;CIPHER=AES;PASSWORD=filepw XSECRET_userpw");
        assertThat(h2.redact("Wrong password filepw XSECRET_userpw")).isEqualTo("Wrong password ***");

        DatabaseUrl sameAsUser = parse("mariadb://root:root@127.0.0.1/db");
        assertThat(sameAsUser.redact("Access denied for user 'root'@'localhost' (using password: YES)"))
                .as("the user's name stays: hiding it would tell that the password is the same")
                .isEqualTo("Access denied for user 'root'@'localhost' (using password: YES)");
        DatabaseUrl shortPassword = parse("mariadb://app:ss@127.0.0.1/db");
        assertThat(shortPassword.redact("Access denied (using password: YES): ss"))
                .isEqualTo("Access denied (using password: YES): ***");
    }

    @Test
    void decodesPercentEncodedUserAndPassword() {
        DatabaseUrl url = parse("postgresql://app%40corp:p%40ss%2Fw%3Ard%25@db.example/app");

        assertThat(url.user()).contains("app@corp");
        assertThat(url.password()).contains("p@ss/w:rd%");
    }

    @Test
    void decodesUtf8AndLeavesStrayPercentSignsAlone() {
        DatabaseUrl url = parse("mysql://%C3%A9mile:100%25-sure%@db.example/app");

        assertThat(url.user()).contains("émile");
        assertThat(url.password()).contains("100%-sure%");
    }

    @Test
    void acceptsUnencodedSlashAndQuestionMarkInPasswordAsSqlalchemyDoes() {
        DatabaseUrl url = parse("postgresql://app:ab/c?d@db.example/app");

        assertThat(url.password()).contains("ab/c?d");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example/app");
        assertThat(url.redacted()).isEqualTo("postgresql://app:***@db.example/app");
    }

    @Test
    void keepsUserNamesWithAnAtSignAsAzureWritesThem() {
        DatabaseUrl url = parse("postgresql://app@server:secret@server.example/app");

        assertThat(url.user()).contains("app@server");
        assertThat(url.password()).contains("secret");
        assertThat(url.redacted()).isEqualTo("postgresql://app@server:***@server.example/app");
    }

    @Test
    void distinguishesAnEmptyPasswordFromNone() {
        assertThat(parse("postgresql://app:@db/app").password()).contains("");
        assertThat(parse("postgresql://app@db/app").password()).isEmpty();
        assertThat(parse("postgresql://db/app").user()).isEmpty();
    }

    @Test
    void leavesCredentialsOfJdbcUrlsToTheDriver() {
        DatabaseUrl url = parse("jdbc:postgresql://db/app?user=u&password=secret");

        assertThat(url.user()).isEmpty();
        assertThat(url.password()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "postgresql://app:secret@db.example:5432/app?sslmode=require | postgresql://app:***@db.example:5432/app?sslmode=require",
        "postgresql://app@db.example/app                             | postgresql://app@db.example/app",
        "postgresql://app:secret@db/app?password=again               | postgresql://app:***@db/app?password=***",
        "jdbc:postgresql://db/app?user=u&password=secret&ssl=true    | jdbc:postgresql://db/app?user=u&password=***&ssl=true",
        "jdbc:mysql://db.example:3306/app?user=u&password=secret     | jdbc:mysql://db.example:3306/app?user=u&password=***",
        "jdbc:mysql://db/app?trustCertificateKeyStorePassword=secret | jdbc:mysql://db/app?trustCertificateKeyStorePassword=***",
        "jdbc:h2:mem:test;USER=sa;PASSWORD=secret;MODE=MySQL         | jdbc:h2:mem:test;USER=sa;PASSWORD=***;MODE=MySQL",
        "h2:file:/d/x;CIPHER=AES;PASSWORD=filepw userpw;MODE=MySQL   | h2:file:/d/x;CIPHER=AES;PASSWORD=***;MODE=MySQL",
        "jdbc:postgresql://db/app?user=u&password=Pw'X\"Y Z&ssl=true  | jdbc:postgresql://db/app?user=u&password=***&ssl=true",
        "sqlite:///app.db                                            | sqlite:///app.db",
    })
    void redactsThePasswordAndKeepsTheRestAsWritten(String url, String redacted) {
        DatabaseUrl parsed = parse(url);

        assertThat(parsed.redacted()).isEqualTo(redacted);
        assertThat(parsed).hasToString(redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "''                                   | Can't use database URL: it is empty.",
        "localhost/app                        | Can't use database URL: it does not start with a scheme such as 'postgresql://' or 'jdbc:' (it starts with \"localhost/app\").",
        "\"sqlite:///app.db\"                   | Can't use database URL: it does not start with a scheme such as 'postgresql://' or 'jdbc:' (it starts with \"\"sqlite\").",
        "oracle://scott:tiger@db/orcl         | Can't use database URL 'oracle:...': the scheme 'oracle' is not supported.",
        "jdbc:oracle:thin:scott/tiger@db:1521 | Can't use database URL 'jdbc:oracle:...': the driver 'oracle' is not supported; retort works with postgresql, mysql, mariadb, sqlite and h2.",
        "jdbc:                                | Can't use database URL 'jdbc:...': it names no driver, as jdbc:postgresql://host/database does.",
        "postgresql:app@db/app                | Can't use database URL 'postgresql:...': expected postgresql://user:password@host:port/database.",
        "postgresql://app:tiger@db:54x2/app   | Can't use database URL 'postgresql://...': a port is not a number from 1 to 65535.",
        "mysql://app:tiger@db:70000/app       | Can't use database URL 'mysql://...': a port is not a number from 1 to 65535.",
        "postgresql://app:p@ss@db/app         | Can't use database URL 'postgresql://...': the host contains '@'; write '@' in a user name or password as %40.",
        "postgresql://app:ti@ger/x@db/app     | Can't use database URL 'postgresql://...': an '@' follows the host; write '@' in a password as %40.",
        "postgresql://::1/app                 | Can't use database URL 'postgresql://...': write an IPv6 address in brackets, as [::1]:5432.",
        "postgresql://a,,b/app                | Can't use database URL 'postgresql://...': a host in the list of hosts is empty.",
        "sqlite://localhost/app.db            | Can't use database URL 'sqlite://localhost/app.db': a SQLite URL has no host; write sqlite:///relative.db or sqlite:////absolute.db.",
        "sqlite:app.db                        | Can't use database URL 'sqlite:app.db': a SQLite URL starts with sqlite:// followed by the file's path.",
        "sqlite:///app.db?mode=ro             | Can't use database URL 'sqlite:///app.db?mode=ro': parameter 'mode' is not one the SQLite driver reads, so it would become part of the file's name; give SQLite pragmas such as foreign_keys=true, journal_mode=wal or busy_timeout=5000 (options of Python's sqlite3 module, such as check_same_thread and timeout, are accepted and left out).",
        "h2:                                  | Can't use database URL 'h2:': it names no database; write h2:file:path or h2:mem:name.",
        "h2:file:;MODE=MySQL                  | Can't use database URL 'h2:file:;MODE=MySQL': it names no file; write h2:file:path.",
    })
    void explainsWhatIsWrongAndListsTheAcceptedForms(String url, String problem) {
        assertThatThrownBy(() -> parse(url))
                .isInstanceOf(ConfigException.class)
                .hasMessage(problem + " " + DatabaseUrlParser.ACCEPTED_FORMS)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tiger").doesNotContain("ss@").doesNotContain("ger/x"));
    }

    /** libpq's unix-socket forms, which the JDBC driver would take for host names and fail to reach. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "postgresql:///app?host=/var/run/postgresql                 | postgresql",
        "postgresql://app@/app?host=%2Fvar%2Frun%2Fpostgresql       | postgresql",
        "postgresql+psycopg2://app:tiger@/app?sslmode=disable&host=/tmp | postgresql+psycopg2",
        "postgres://app@%2Fvar%2Frun%2Fpostgresql/app               | postgres",
        "postgresql://app@db.example/app?host=db2.example,/tmp      | postgresql",
    })
    void refusesAUnixSocketAndSuggestsTheTcpAddress(String url, String scheme) {
        assertThatThrownBy(() -> parse(url))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Can't use database URL '" + scheme + "://...': it names a unix socket (a host that is a"
                        + " folder, as in host=/var/run/postgresql), and unix sockets are not supported: the PostgreSQL"
                        + " JDBC driver connects over TCP only; give the server's TCP address instead, as in " + scheme
                        + "://user@localhost:5432/database or ?host=127.0.0.1. " + DatabaseUrlParser.ACCEPTED_FORMS)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tiger"));
    }

    @Test
    void takesATcpHostParameterAsItIs() {
        assertThat(parse("postgresql:///app?host=127.0.0.1").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost/app?host=127.0.0.1");
    }

    @Test
    void listsTheAcceptedForms() {
        assertThat(DatabaseUrlParser.ACCEPTED_FORMS).contains("jdbc:postgresql://", "postgresql://user:password@host",
                "mysql://", "mariadb://", "sqlite:///relative.db", "sqlite:////absolute.db", "h2:file:", "h2:mem:");
    }

    @Test
    void ignoresSurroundingWhitespaceAndSchemeCase() {
        assertThat(parse("  PostgreSQL://db/app \n").jdbcUrl()).isEqualTo("jdbc:postgresql://db/app");
    }

    @Test
    void equalsAnotherUrlForTheSameConnection() {
        assertThat(parse("postgresql://u:p@db/app")).isEqualTo(parse("postgres://u:p@db/app"))
                .hasSameHashCodeAs(parse("postgres://u:p@db/app"))
                .isNotEqualTo(parse("postgresql://u:q@db/app"));
    }
}
