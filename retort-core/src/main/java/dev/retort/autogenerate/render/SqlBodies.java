package dev.retort.autogenerate.render;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bodies of a SQL revision: each operation compiled by the dialect's DDL compiler, with the same
 * review notes as the Java bodies. An operation the dialect cannot write (a SQLite batch that must
 * rebuild a table it has no definition of, an option the database lacks) becomes a note saying so, so
 * that the rest of the revision is still written.
 */
final class SqlBodies {
    private static final int WIDTH = 120;
    private final Dialect dialect;
    private final DdlCompiler compiler;
    private final List<ReviewNote> notes = new ArrayList<>();

    SqlBodies(Dialect dialect) {
        this.dialect = dialect;
        this.compiler = DdlCompilers.forDialect(dialect);
    }

    RenderedRevision render(List<Operation> upgrade) {
        List<String> upgradeBlocks = new ArrayList<>();
        List<List<String>> reviews = ReviewRules.of(upgrade);
        for (int i = 0; i < upgrade.size(); i++) {
            List<String> texts = new ArrayList<>(reviews.get(i));
            if (upgrade.get(i) instanceof BatchAlterTable batch) {
                ReviewRules.of(batch.operations()).forEach(texts::addAll);
            }
            upgradeBlocks.add(block(ReviewNote.Section.UPGRADE, texts, upgrade.get(i)));
        }
        List<String> downgradeBlocks = new ArrayList<>();
        for (Downgrade.Step step : Downgrade.of(upgrade)) {
            downgradeBlocks.add(step.operation()
                    .map(operation -> block(ReviewNote.Section.DOWNGRADE, step.notes(), operation))
                    .orElseGet(() -> String.join("\n", comments(ReviewNote.Section.DOWNGRADE, step.notes()))));
        }
        return new RenderedRevision(String.join("\n\n", upgradeBlocks), String.join("\n\n", downgradeBlocks),
                Set.of(), notes);
    }

    private String block(ReviewNote.Section section, List<String> texts, Operation operation) {
        List<String> statements;
        List<String> all = new ArrayList<>(texts);
        try {
            statements = compiler.compile(operation);
        } catch (RetortException e) {
            statements = List.of();
            String reason = e.getMessage().strip();
            all.add("this " + operation.getClass().getSimpleName() + " cannot be written as SQL for "
                    + dialect.name() + ": " + reason + (reason.endsWith(".") ? "" : ".") + " Write it here by hand.");
        }
        List<String> lines = new ArrayList<>(comments(section, all));
        for (String statement : statements) {
            String trimmed = statement.stripTrailing();
            lines.add(trimmed.endsWith(";") ? trimmed : trimmed + ";");
        }
        return String.join("\n", lines);
    }

    private List<String> comments(ReviewNote.Section section, List<String> texts) {
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            ReviewNote note = new ReviewNote(section, text);
            notes.add(note);
            String oneLine = note.comment().replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
            NoteLines.of(oneLine, WIDTH - 3).forEach(line -> lines.add("-- " + line));
        }
        return lines;
    }
}
