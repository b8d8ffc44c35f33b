package dev.retort.runtime;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SERIAL column's sequence keeps the name it was given when its table is renamed. */
class SerialSequenceTest {
    @TempDir
    Path dir;

    @Test
    void turningNumberingOffAfterARenameDropsTheSequenceTheColumnOwns() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            MigrationCommands commands = JavaRevisionFixture.commands(SampleEnvironment.create(dir, database.url(),
                    ""), "eeee00000001", new Migration() {
                        @Override
                        public void upgrade(Operations op) {
                            op.createTable("member", column("id", INTEGER).primaryKey());
                            op.renameTable("member", "patron");
                            op.alterColumn("patron", "id", alter -> alter.autoincrement(false)
                                    .existingAutoincrement(true));
                        }

                        @Override
                        public void downgrade(Operations op) {
                            op.dropTable("patron");
                        }
                    });

            commands.upgrade("heads", Optional.empty());

            assertThat(database.query("SELECT count(*) FROM pg_class WHERE relkind = 'S'"
                    + " AND relname = 'member_id_seq'")).containsExactly("0");
            assertThat(database.query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'patron'"
                    + " AND column_default IS NOT NULL")).containsExactly("0");
        }
    }
}
