package dev.retort.cli;

import dev.retort.autogenerate.SchemaDiff;
import dev.retort.autogenerate.render.ReviewNote;
import java.io.PrintWriter;
import java.util.List;

/** What autogenerate says about its findings on stderr: Alembic's {@code Detected ...} lines, then reviews. */
final class AutogenerateOutput {

    private AutogenerateOutput() {}

    static void detected(PrintWriter err, SchemaDiff diff, List<ReviewNote> notes) {
        diff.differences().forEach(line -> err.println("Detected " + line));
        diff.notes().forEach(note -> err.println("Not generated: " + note));
        diff.leftOut().forEach(part -> err.println("Left out: " + part));
        notes.stream().filter(note -> note.section() == ReviewNote.Section.UPGRADE)
                .forEach(note -> err.println("Review: " + note.text()));
        // What the downgrade cannot do, written for the user to complete; it would otherwise do nothing there.
        notes.stream().filter(note -> note.section() == ReviewNote.Section.DOWNGRADE)
                .forEach(note -> err.println("Review (downgrade): " + note.text()));
        if (diff.isEmpty()) {
            err.println("No changes detected: the database matches the models.");
        }
        err.flush();
    }
}
