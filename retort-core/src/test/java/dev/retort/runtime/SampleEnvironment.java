package dev.retort.runtime;

import dev.retort.command.ScriptCatalog;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.config.RetortConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The reference sample graph as SQL revisions, in a project folder:
 *
 * <pre>
 * 1975ea83b712 create account table (base)
 *  └ 27c6a30d7c24 add a column (branchpoint)
 *     ├ 3e2f8a9b1c0d branch one (index)
 *     └ 4b6e1f2a3c5d branch two, label feature (table + data migration)
 *        (3e2f, 4b6e) ─► 5a3c2d1e0f9b merge branches
 * 6f7e8d9c0b1a create networking branch (second base, label networking, folder networking)
 *  └ 7d8c9b0a1e2f add ip table, depends_on 27c6a30d7c24
 * </pre>
 */
final class SampleEnvironment {
    final Path dir;

    SampleEnvironment(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    static SampleEnvironment create(Path dir, String url, String extraConfig) {
        SampleEnvironment env = new SampleEnvironment(dir);
        env.write("retort.toml", "[retort]\nscript_location = \"migrations\"\n"
                + "version_locations = [\"migrations/versions\", \"networking\"]\n"
                + "version_table = \"alembic_version\"\n"
                + "url = \"" + url + "\"\n" + extraConfig);
        env.revision("migrations/versions", "1975ea83b712", "create account table", "", "", "",
                "CREATE TABLE account (\n    id INTEGER NOT NULL,\n    name VARCHAR(50) NOT NULL,\n"
                        + "    PRIMARY KEY (id)\n);\n",
                "DROP TABLE account;\n");
        env.revision("migrations/versions", "27c6a30d7c24", "add a column", "1975ea83b712", "", "",
                "ALTER TABLE account ADD COLUMN last_login TIMESTAMP;\n",
                "ALTER TABLE account DROP COLUMN last_login;\n");
        env.revision("migrations/versions", "3e2f8a9b1c0d", "branch one", "27c6a30d7c24", "", "",
                "CREATE INDEX ix_account_name ON account (name);\n",
                "DROP INDEX ix_account_name" + "{on account}" + ";\n");
        env.revision("migrations/versions", "4b6e1f2a3c5d", "branch two", "27c6a30d7c24", "feature", "",
                "CREATE TABLE account_role (\n    account_id INTEGER NOT NULL,\n    role VARCHAR(20) NOT NULL\n);\n"
                        + "INSERT INTO account (id, name) VALUES (1, 'admin; the first');\n"
                        + "INSERT INTO account_role (account_id, role) SELECT id, 'owner' FROM account;\n",
                "DELETE FROM account WHERE id = 1;\nDROP TABLE account_role;\n");
        env.revision("migrations/versions", "5a3c2d1e0f9b", "merge branches", "3e2f8a9b1c0d, 4b6e1f2a3c5d", "", "",
                "CREATE TABLE settings (\n    name VARCHAR(40) NOT NULL PRIMARY KEY,\n    setting_value VARCHAR(200)\n);\n",
                "DROP TABLE settings;\n");
        env.revision("networking", "6f7e8d9c0b1a", "create networking branch", "", "networking", "",
                "CREATE TABLE network (\n    id INTEGER NOT NULL PRIMARY KEY,\n    cidr VARCHAR(43) NOT NULL\n);\n",
                "DROP TABLE network;\n");
        env.revision("networking", "7d8c9b0a1e2f", "add ip table", "6f7e8d9c0b1a", "", "27c6a30d7c24",
                "CREATE TABLE ip_address (\n    id INTEGER NOT NULL PRIMARY KEY,\n"
                        + "    network_id INTEGER NOT NULL REFERENCES network (id),\n"
                        + "    account_id INTEGER REFERENCES account (id)\n);\n",
                "DROP TABLE ip_address;\n");
        return env.forMySql(url.matches("(jdbc:)?(mysql|mariadb):.*"));
    }

    /** Writes one SQL revision; {@code {on account}} in a statement is kept only for MySQL-like databases. */
    void revision(String folder, String id, String message, String revises, String labels, String dependsOn,
            String upgrade, String downgrade) {
        String header = "-- " + message + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + revises + "\n"
                + (labels.isEmpty() ? "" : "-- Branch labels: " + labels + "\n")
                + (dependsOn.isEmpty() ? "" : "-- Depends on: " + dependsOn + "\n")
                + "-- Create Date: 2026-11-22 01:20:55.615988\n\n";
        write(folder + "/" + id + "_" + message.replace(' ', '_') + ".sql",
                header + "-- retort:upgrade\n" + upgrade + "\n-- retort:downgrade\n" + downgrade);
    }

    /**
     * Rewrites the dialect-dependent bits of the revisions for a MySQL-like database or not; {@link #create}
     * has written them for its URL's database, so this only matters for revisions written since.
     */
    SampleEnvironment forMySql(boolean mysql) {
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Files.writeString(file, Files.readString(file).replace("{on account}", mysql ? " ON account" : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path write(String relative, String content) {
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    RetortConfig config() {
        return ConfigLoader.load(ConfigOptions.defaults(dir, Map.of()));
    }

    ScriptCatalog catalog() {
        return ScriptCatalog.load(config());
    }
}
