package dev.retort.bench.peers;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.flywaydb.core.internal.info.MigrationInfoDumper;

/**
 * Runs one Flyway or Liquibase command as a library, the way the benchmarks time a command line: one whole
 * process per run, start-up included. The benchmark scripts write the migrations (Flyway {@code V<n>__*.sql}
 * files, a Liquibase formatted-SQL changelog) and check the database after each run.
 *
 * <pre>
 * java -jar peers.jar flyway    migrate|info|validate                JDBC_URL FOLDER
 * java -jar peers.jar liquibase update|status|validate|update-sql    JDBC_URL FOLDER
 * java -jar peers.jar liquibase rollback-count COUNT                  JDBC_URL FOLDER
 * java -jar peers.jar --version
 * </pre>
 *
 * Flyway runs all pending migrations in one transaction ({@code group}) where the database allows it, as
 * retort and the benchmark's Alembic environment do; Liquibase has no such setting and commits each changeset.
 * Telemetry and analytics are turned off: the benchmark machine has no network, and neither library should
 * wait for one.
 */
public final class Peers {

    static final String CHANGELOG = "changelog.sql";

    private Peers() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        // Warnings and errors only, as the libraries' own command lines print by default.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("Flyway " + org.flywaydb.core.internal.license.VersionPrinter.getVersion()
                    + ", Liquibase " + liquibase.util.LiquibaseUtil.getBuildVersion());
            return;
        }
        String[] rest = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new String[0];
        if (args.length >= 4 && args[0].equals("flyway") && rest.length == 2) {
            flyway(args[1], rest[0], Path.of(rest[1]));
        } else if (args.length >= 4 && args[0].equals("liquibase")) {
            String count = args[1].equals("rollback-count") && rest.length == 3 ? rest[0] : null;
            if (rest.length != (count == null ? 2 : 3)) {
                usage();
            }
            liquibase(args[1], count, rest[rest.length - 2], Path.of(rest[rest.length - 1]));
        } else {
            usage();
        }
    }

    private static void usage() {
        System.err.println("usage: peers flyway migrate|info|validate JDBC_URL FOLDER\n"
                + "       peers liquibase update|status|validate|update-sql JDBC_URL FOLDER\n"
                + "       peers liquibase rollback-count COUNT JDBC_URL FOLDER\n"
                + "       peers --version");
        System.exit(2);
    }

    static void flyway(String command, String url, Path folder) {
        Flyway flyway = Flyway.configure()
                .dataSource(url, null, null)
                .locations("filesystem:" + folder.toAbsolutePath())
                .group(true)
                .load();
        switch (command) {
            case "migrate" -> {
                MigrateResult result = flyway.migrate();
                String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                        : result.initialSchemaVersion;
                System.out.println("Applied " + result.migrationsExecuted + " migrations, schema at "
                        + (version == null ? "<< Empty Schema >>" : version));
            }
            case "info" -> {
                MigrationInfoService info = flyway.info();
                System.out.println("Schema version: "
                        + (info.current() == null ? "<< Empty Schema >>" : info.current().getVersion()));
                System.out.println(MigrationInfoDumper.dumpToAsciiTable(info.all()));
            }
            case "validate" -> {
                ValidateResult result = flyway.validateWithResult();
                if (!result.validationSuccessful) {
                    System.err.println("FAILED: " + result.getAllErrorMessages());
                    System.exit(1);
                }
                System.out.println("Successfully validated " + result.validateCount + " migrations");
            }
            default -> usage();
        }
    }

    static void liquibase(String command, String count, String url, Path folder) throws Exception {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(folder.toAbsolutePath()));
        Scope.child(scope, () -> {
            CommandScope scoped = new CommandScope(switch (command) {
                case "update" -> "update";
                case "status" -> "status";
                case "validate" -> "validate";
                case "update-sql" -> "updateSql";
                case "rollback-count" -> "rollbackCount";
                default -> {
                    usage();
                    yield "";
                }
            });
            scoped.addArgumentValue("changelogFile", CHANGELOG);
            scoped.addArgumentValue("url", url);
            if (command.equals("status")) {
                scoped.addArgumentValue("verbose", true);
            }
            if (count != null) {
                scoped.addArgumentValue("count", Integer.valueOf(count));
            }
            PrintStream out = System.out;
            scoped.setOutput(out);
            scoped.execute();
            out.flush();
        });
    }
}
