package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the password, it never shows in a redacted URL, a toString() or an error message. */
class PasswordLeakPropertiesTest {
    private static final Path CWD = Path.of("/home/dev/project");
    private static final int WINDOW = 5;

    @Property
    void percentEncodedPasswordsNeverShow(@ForAll("anyPasswords") String password, @ForAll("serverSchemes") String scheme) {
        String encoded = percentEncode(password);
        String url = scheme + "://app:" + encoded + "@db.example:5432/app?sslmode=require";

        DatabaseUrl parsed = DatabaseUrl.parse(url, CWD);

        assertThat(parsed.password()).contains(password);
        assertHidden(parsed.redacted(), url, password, encoded);
        assertHidden(parsed.toString(), url, password, encoded);
        assertHidden(parsed.jdbcUrl(), url, password, encoded);
        assertHidden(Redaction.redact("could not connect to " + url + ": refused"), url, password, encoded);
    }

    @Property
    void passwordsWrittenWithoutEncodingNeverShow(@ForAll("plainPasswords") String password) {
        String url = "postgresql://app:" + password + "@db.example/app";

        DatabaseUrl parsed = DatabaseUrl.parse(url, CWD);

        assertThat(parsed.password()).contains(password);
        assertHidden(parsed.redacted(), url, password);
        assertHidden(Redaction.redact("FATAL for " + url + " (28P01)"), url, password);
    }

    @Property
    void passwordsNeverShowInErrorsAboutTheUrl(@ForAll("awkwardPasswords") String password,
            @ForAll("brokenTails") String tail) {
        String url = "postgresql://app:" + password + "@db.example" + tail;

        ConfigException error = catchThrowableOfType(ConfigException.class, () -> DatabaseUrl.parse(url, CWD));

        assertThat(error).isNotNull();
        assertHidden(error.getMessage(), url, password);
    }

    @Property
    void passwordsNeverShowInAnyAcceptedFormOrError(@ForAll("awkwardPasswords") String password,
            @ForAll("serverSchemes") String scheme, @ForAll("tails") String tail) {
        String url = scheme + "://app:" + password + "@db.example" + tail;
        try {
            DatabaseUrl parsed = DatabaseUrl.parse(url, CWD);
            assertHidden(parsed.redacted(), url, password);
            assertHidden(parsed.toString(), url, password);
        } catch (ConfigException e) {
            assertHidden(e.getMessage(), url, password);
        }
    }

    @Property
    void passwordParametersOfJdbcUrlsNeverShow(@ForAll("parameterPasswords") String password,
            @ForAll("jdbcTemplates") String template) {
        String url = template.replace("PW", password);

        DatabaseUrl parsed = DatabaseUrl.parse(url, CWD);

        assertHidden(parsed.redacted(), url, password);
        assertHidden(parsed.toString(), url, password);
        assertHidden(Redaction.redact("driver said: " + url + " refused"), url, password);
    }

    @Provide
    Arbitrary<String> anyPasswords() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("éß€漢").ofMinLength(6).ofMaxLength(40)
                .map(s -> s + "§");
    }

    @Provide
    Arbitrary<String> plainPasswords() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(6).ofMaxLength(40)
                .filter(s -> s.indexOf('@') < 0 && s.indexOf('%') < 0);
    }

    @Provide
    Arbitrary<String> awkwardPasswords() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(6).ofMaxLength(40)
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<String> parameterPasswords() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(6).ofMaxLength(40)
                .filter(s -> s.chars().noneMatch(c -> "&;'\"@%".indexOf(c) >= 0));
    }

    @Provide
    Arbitrary<String> serverSchemes() {
        return Arbitraries.of("postgresql", "postgres", "mysql", "mariadb", "postgresql+psycopg2");
    }

    @Provide
    Arbitrary<String> brokenTails() {
        return Arbitraries.of(":54x2/app", ":0/app", ":99999/app", ":/app", ",,other/app", "@again/app",
                "/app?next=x@y");
    }

    @Provide
    Arbitrary<String> tails() {
        return Arbitraries.of("", "/app", ":5432/app", "/app?sslmode=require", ":54x2/app", "/app?a=b@c");
    }

    @Provide
    Arbitrary<String> jdbcTemplates() {
        return Arbitraries.of(
                "jdbc:postgresql://db.example/app?user=app&password=PW&ssl=true",
                "jdbc:postgresql://db.example/app?sslpassword=PW",
                "jdbc:mysql://db.example:3306/app?password=PW&user=app",
                "jdbc:mariadb://db.example/app?user=app&password=PW",
                "jdbc:h2:mem:app;USER=sa;PASSWORD=PW;MODE=MySQL");
    }

    /** Neither a secret nor any run of {@value #WINDOW} of its characters that the URL has only there. */
    private static void assertHidden(String shown, String url, String... secrets) {
        for (String secret : secrets) {
            assertThat(shown).doesNotContain(secret);
            String rest = url.replace(secret, "\u0000");
            for (int i = 0; i + WINDOW <= secret.length(); i++) {
                String piece = secret.substring(i, i + WINDOW);
                if (!rest.contains(piece) && !Redaction.MASK.contains(piece)) {
                    assertThat(shown).as("part of the password '%s'", piece).doesNotContain(piece);
                }
            }
        }
    }

    private static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        Assume.that(out.length() > 0);
        return out.toString();
    }
}
