package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.RetortConfig;
import dev.retort.revision.RevisionGraphException;
import dev.retort.script.ScriptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptCatalogTest {
    @TempDir
    Path root;

    private RetortConfig config(Path scriptLocation) {
        return new RetortConfig(root.resolve("retort.toml"), "retort", scriptLocation,
                List.of(scriptLocation.resolve("versions")), Optional.empty(), RetortConfig.DEFAULT_FILE_TEMPLATE,
                RetortConfig.DEFAULT_TRUNCATE_SLUG_LENGTH, Optional.empty(), RetortConfig.FORMAT_JAVA,
                RetortConfig.DEFAULT_VERSION_TABLE, Optional.empty(), false, List.of(), Map.of(), Map.of());
    }

    @Test
    void aScriptLocationThatDoesNotExistIsRefusedInAlembicsWords() {
        Path missing = root.resolve("migrations");

        assertThatThrownBy(() -> ScriptCatalog.load(config(missing)))
                .isInstanceOf(ScriptException.class)
                .hasMessage("Path doesn't exist: '" + missing + "'.  Please use the 'init' command to create a new"
                        + " scripts folder.");
    }

    @Test
    void anEmptyEnvironmentHasNoRevisions() throws Exception {
        Path location = Files.createDirectories(root.resolve("migrations/versions")).getParent();

        assertThat(ScriptCatalog.load(config(location)).directory().scripts()).isEmpty();
    }

    @Test
    void aMissingParentNamesTheFileThatDeclaresIt() throws Exception {
        Path versions = Files.createDirectories(root.resolve("migrations/versions"));
        Path orphan = versions.resolve("666666666666_orphan.sql");
        Files.writeString(orphan, """
                -- orphan
                --
                -- Revision ID: 666666666666
                -- Revises: deadbeef0000
                -- Create Date: 2026-01-01 00:00:00

                -- retort:upgrade
                SELECT 1;

                -- retort:downgrade
                SELECT 1;
                """);

        assertThatThrownBy(() -> ScriptCatalog.load(config(versions.getParent())))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage("Revision deadbeef0000 referenced from 666666666666 is not present (in "
                        + orphan.toRealPath() + ")");
    }
}
