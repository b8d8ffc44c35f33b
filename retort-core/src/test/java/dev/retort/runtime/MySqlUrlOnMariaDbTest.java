package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.command.MigrationCommands;
import dev.retort.schema.ConstraintKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code mysql://} URL whose server is MariaDB runs MariaDB's SQL, where the two differ; revisions are told the
 * URL's dialect, {@code mysql}, as offline and as Alembic's {@code dialect.name}.
 */
class MySqlUrlOnMariaDbTest {
    private static final String REVISION = "eeee00000002";

    @TempDir
    Path dir;

    @Test
    void dropsACheckConstraintAsMariaDbDoesAndTellsRevisionsItIsMysql() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            String url = database.url().replaceFirst("^mariadb://", "mysql://");
            assertThat(url).startsWith("mysql://");
            List<String> dialects = new ArrayList<>();
            MigrationCommands commands = JavaRevisionFixture.commands(
                    SampleEnvironment.create(dir, url, "").forMySql(true), REVISION, new Migration() {
                        @Override
                        public void upgrade(Operations op) {
                            dialects.add(op.dialectName());
                            op.createCheckConstraint("ck_account_id", "account", "id > 0");
                            op.dropConstraint("ck_account_id", "account", ConstraintKind.CHECK);
                        }

                        @Override
                        public void downgrade(Operations op) {
                        }
                    });

            commands.upgrade("heads", Optional.empty());

            assertThat(dialects).containsExactly("mysql");
            assertThat(database.versionRows("alembic_version")).contains(REVISION);
        }
    }

    /** MariaDB runs what its {@code /*M! ... *}{@code /} comments hold, whatever the URL calls the server. */
    @Test
    void aCommitInAMariaDbCommentIsRefusedAsAnyCommit() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            String url = database.url().replaceFirst("^mariadb://", "mysql://");
            MigrationCommands commands = JavaRevisionFixture.commands(
                    SampleEnvironment.create(dir, url, "").forMySql(true), REVISION, new Migration() {
                        @Override
                        public void upgrade(Operations op) {
                            op.execute("/*M! COMMIT */");
                        }

                        @Override
                        public void downgrade(Operations op) {
                        }
                    });

            assertThatThrownBy(() -> commands.upgrade("heads", Optional.empty()))
                    .hasMessageContaining("controls the transaction");
            assertThat(database.versionRows("alembic_version")).doesNotContain(REVISION);
        }
    }
}
