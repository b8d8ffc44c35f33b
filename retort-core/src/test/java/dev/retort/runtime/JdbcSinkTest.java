package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Statements run online as the database's own client runs them in a script. */
class JdbcSinkTest {
    @TempDir
    Path dir;

    /** A driver that rewrote JDBC escapes would run online what psql or mariadb refuse in the --sql script. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void aStatementRunsAsWrittenWithoutItsJdbcEscapesRewritten(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir);
                Connection connection = database.connect()) {
            JdbcSink sink = new JdbcSink(connection);

            assertThatThrownBy(() -> sink.execute(BoundSql.of("CREATE TABLE escaped AS SELECT {fn abs(-1)} AS n")))
                    .isInstanceOf(DatabaseError.class);
            sink.execute(BoundSql.of("CREATE TABLE quoted AS SELECT '{fn abs(-1)}' AS n"));

            assertThat(database.query("SELECT n FROM quoted")).containsExactly("{fn abs(-1)}");
        }
    }
}
