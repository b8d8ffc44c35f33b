package dev.retort.command;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.sql;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.environment.LoadedEnvironment;
import dev.retort.hook.EnvironmentHook;
import dev.retort.hook.HookContext;
import dev.retort.model.MetaData;
import dev.retort.op.CreateTable;
import dev.retort.reflect.LiveDatabase;
import dev.retort.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check} on server defaults the models write as constant expressions, which H2 computes when the
 * default is set ({@code 1 + 2} is kept as {@code 3}): the value it keeps is the models' default.
 */
class AutogenerateFoldedDefaultsTest {
    @TempDir
    Path dir;

    private static Table price(String total, String code, String fallback) {
        return table("price", column("id", INTEGER).primaryKey(),
                column("total", INTEGER).serverDefault(sql(total)),
                column("code", string(10)).serverDefault(sql(code)),
                column("fallback", INTEGER).serverDefault(sql(fallback)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void constantExpressionsTheDatabaseComputedAreTheModelsDefaults(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, dir)) {
            Table table = price("1 + 2", "UPPER('abc')", "COALESCE(NULL, 4)");
            database.execute(DdlCompilers.forDialect(database.dialect()).compile(new CreateTable(table, false)));

            assertThat(check(database, table)).isEmpty();
        }
    }

    @Test
    void anotherExpressionThanTheOneH2ComputedIsADifference() throws Exception {
        try (LiveDatabase database = LiveDatabase.h2(dir)) {
            database.execute(DdlCompilers.forDialect(database.dialect())
                    .compile(new CreateTable(price("1 + 2", "UPPER('abc')", "COALESCE(NULL, 4)"), false)));

            assertThat(check(database, price("1 + 3", "LOWER('abc')", "COALESCE(NULL, 4)")))
                    .containsExactly("server default on column 'price.total'",
                            "server default on column 'price.code'");
        }
    }

    /** H2 is asked for its plan of the expression, which runs nothing: the sequence is not advanced. */
    @Test
    void anExpressionWithEffectsIsNotRunToCompareIt() throws Exception {
        try (LiveDatabase database = LiveDatabase.h2(dir)) {
            database.execute("CREATE SEQUENCE ticket_seq", "CREATE TABLE ticket (id INTEGER PRIMARY KEY,"
                    + " number INTEGER DEFAULT 7)");
            Table wanted = table("ticket", column("id", INTEGER).primaryKey(),
                    column("number", INTEGER).serverDefault(sql("NEXT VALUE FOR ticket_seq")));

            assertThat(check(database, wanted)).contains("server default on column 'ticket.number'");
            assertThat(nextValue(database)).isEqualTo(1);
        }
    }

    private static long nextValue(LiveDatabase database) throws SQLException {
        try (Statement statement = database.connection().createStatement();
                ResultSet next = statement.executeQuery("SELECT NEXT VALUE FOR ticket_seq")) {
            next.next();
            return next.getLong(1);
        }
    }

    private List<String> check(LiveDatabase database, Table table) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "url = \"" + url(database) + "\"\n");
        ScriptCatalog catalog = ScriptCatalog.load(ConfigLoader.load(ConfigOptions.defaults(dir, Map.of())));
        MetaData models = MetaData.empty().table(table);
        EnvironmentHook hook = new EnvironmentHook() {
            @Override
            public Optional<MetaData> models(HookContext context) {
                return Optional.of(models);
            }
        };
        return new AutogenerateCommand(catalog, LoadedEnvironment.of(catalog.config(), hook),
                dialect -> Optional.empty()).check().differences();
    }

    private static String url(LiveDatabase database) throws SQLException {
        return switch (database.dialect().name()) {
            case "postgresql" -> "postgresql://postgres@127.0.0.1:5432/" + database.serverName();
            case "mariadb" -> "mariadb://root@127.0.0.1:3306/" + database.serverName();
            default -> "h2:file:" + database.connection().getMetaData().getURL().replaceFirst("^jdbc:h2:file:", "")
                    + ";USER=root";
        };
    }
}
