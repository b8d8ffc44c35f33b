package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Migration;
import dev.retort.command.MigrationCommands;
import java.util.Map;

/**
 * A Java revision on top of the sample's merge, whose code is an object of the test: the file gives the
 * graph its metadata, and the loader hands the runtime {@code migration} for it.
 */
final class JavaRevisionFixture {
    private JavaRevisionFixture() {}

    static MigrationCommands commands(SampleEnvironment env, String id, Migration migration) {
        env.write("migrations/versions/" + id + "_data.java", """
                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(id = "%s", revises = {"5a3c2d1e0f9b"}, message = "data",
                        createDate = "2026-12-06 00:00:00.000000")
                class Data_%1$s implements Migration {
                    public void upgrade(Operations op) {
                    }

                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(id));
        MigrationLoader loader = scripts -> {
            assertThat(scripts).extracting(script -> script.id()).isSubsetOf(id);
            return Map.of(id, migration);
        };
        return new MigrationCommands(env.catalog(), loader, MigrationListener.SILENT);
    }
}
