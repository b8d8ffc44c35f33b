package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "connecting to postgresql://app:s3cret@db/app failed   | connecting to postgresql://app:***@db/app failed",
        "jdbc:mysql://root:s3cret@localhost:3306/app            | jdbc:mysql://root:***@localhost:3306/app",
        "a=postgres://u:p1@h/x and b=mysql://v:p2@k/y           | a=postgres://u:***@h/x and b=mysql://v:***@k/y",
        "URL 'postgresql://app@srv:s3cret@srv.example/app'      | URL 'postgresql://app@srv:***@srv.example/app'",
        "postgresql://app:s3c@ret@db/app                        | postgresql://app:***@db/app",
        "jdbc:postgresql://db/app?user=u&password=s3cret&ssl=1  | jdbc:postgresql://db/app?user=u&password=***&ssl=1",
        "jdbc:h2:mem:x;USER=sa;PASSWORD=s3cret;MODE=MySQL       | jdbc:h2:mem:x;USER=sa;PASSWORD=***;MODE=MySQL",
        "?trustStorePassword=s3cret&pwd=s3cret&passwd=s3cret    | ?trustStorePassword=***&pwd=***&passwd=***",
        "postgresql://app@db:5432/app                           | postgresql://app@db:5432/app",
        "no URL here: user:name@host                            | no URL here: user:name@host",
        "already postgresql://app:***@db/app                    | already postgresql://app:***@db/app",
        "to jdbc:x://db?password=s3cret: FATAL: no database     | to jdbc:x://db?password=***: FATAL: no database",
        "to jdbc:x://db?password=***: FATAL: no database        | to jdbc:x://db?password=***: FATAL: no database",
        "jdbc:x://db?password=a:b:c&ssl=1                       | jdbc:x://db?password=***&ssl=1",
        "mariadb://address=(host=h)(password=s3c)/db x          | mariadb://address=(host=h)(password=***)/db x",
        "jdbc:postgresql://h:5432/d?user=u&password=hu@2s: refused | jdbc:postgresql://h:5432/d?user=u&password=***: refused",
        "jdbc:mariadb://h:3306/d?password=p@ss:w/rd%25%23?x=1 z  | jdbc:mariadb://h:3306/d?password=*** z",
        "it connects to jdbc:oracle:thin:scott/tiger@host:1521:orcl, a | it connects to jdbc:oracle:thin:scott/***@host:1521:orcl, a",
        "jdbc:oracle:thin:scott/ti@ger@//db.example:1521/shop    | jdbc:oracle:thin:scott/***@//db.example:1521/shop",
        "jdbc:oracle:oci:scott/tiger@(DESCRIPTION=(HOST=h))      | jdbc:oracle:oci:scott/***@(DESCRIPTION=(HOST=h))",
        "jdbc:oracle:thin:@//db.example:1521/shop                | jdbc:oracle:thin:@//db.example:1521/shop",
        "already jdbc:oracle:thin:scott/***@host:1521:orcl       | already jdbc:oracle:thin:scott/***@host:1521:orcl",
    })
    void hidesPasswordsInFreeText(String text, String redacted) {
        assertThat(Redaction.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "postgresql://app:two words@db/app   | postgresql://app:***@db/app",
        "mysql://app:a@b c@db/app?x=1        | mysql://app:***@db/app?x=1",
        "mariadb://address=(host=h)(password=a b)/db?pwd=c)d | mariadb://address=(host=h)(password=***)/db?pwd=***",
        "jdbc:postgresql://127.0.0.1:5432/d?user=u&password=hunter@2secret | jdbc:postgresql://127.0.0.1:5432/d?user=u&password=***",
        "jdbc:mariadb://h:3306/d?user=u&password=p@ss:w/rd&ssl=1 | jdbc:mariadb://h:3306/d?user=u&password=***&ssl=1",
        "jdbc:oracle:thin:scott/two words@host:1521:orcl | jdbc:oracle:thin:scott/***@host:1521:orcl",
    })
    void hidesPasswordsWithSpacesInAUrl(String url, String redacted) {
        assertThat(Redaction.redactUrl(url)).isEqualTo(redacted);
    }

    /**
     * A failing statement may hold a long run of letters and digits (a hex blob of a dump): each character of it
     * is read a bounded number of times, so the message is shown at once (from each start position the scheme
     * pattern read the whole run again, which took hours). The bound guards against that hang; it is no speed
     * figure.
     */
    @Test
    void aLongRunOfLettersAndDigitsIsReadOnce() {
        String hex = "0123456789abcdef".repeat(40_000);
        String message = "duplicate key: INSERT INTO img VALUES (1, X'" + hex + "') postgresql://u:s3cret@db/app";

        String redacted = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Redaction.redact(message));

        assertThat(redacted).endsWith(hex + "') postgresql://u:***@db/app");
    }
}
