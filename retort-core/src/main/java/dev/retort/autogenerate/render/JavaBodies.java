package dev.retort.autogenerate.render;

import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The statements of a revision's two bodies, with their review comments, and what rendering them needs
 * and found: the imports and the review notes.
 */
final class JavaBodies {
    private final Imports imports = new Imports();
    private final SchemaSource schema = new SchemaSource(imports);
    private final List<ReviewNote> notes = new ArrayList<>();
    private ReviewNote.Section section = ReviewNote.Section.UPGRADE;

    List<JavaStatement> upgrade(List<Operation> operations) {
        section = ReviewNote.Section.UPGRADE;
        return statements(operations, false, true);
    }

    List<JavaStatement> downgrade(List<Operation> upgrade) {
        section = ReviewNote.Section.DOWNGRADE;
        List<JavaStatement> statements = new ArrayList<>();
        OperationSource source = new OperationSource(schema, this, false);
        for (Downgrade.Step step : Downgrade.of(upgrade)) {
            List<String> texts = new ArrayList<>(step.notes());
            if (step.operation().isEmpty()) {
                statements.add(JavaStatement.commentOnly(comments(texts)));
                continue;
            }
            JavaCode code = source.render(step.operation().get());
            texts.addAll(source.gaps());
            statements.add(new JavaStatement(comments(texts), code));
        }
        return statements;
    }

    /** The statements inside a batch, called back while its block is rendered. */
    List<JavaStatement> batchStatements(List<Operation> operations) {
        return statements(operations, true, section == ReviewNote.Section.UPGRADE);
    }

    Set<String> imports() {
        return imports.all();
    }

    List<ReviewNote> notes() {
        return List.copyOf(notes);
    }

    private List<JavaStatement> statements(List<Operation> operations, boolean inBatch, boolean reviewed) {
        List<List<String>> reviews = reviewed ? ReviewRules.of(operations) : null;
        OperationSource source = new OperationSource(schema, this, inBatch);
        List<JavaStatement> statements = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            List<String> texts = new ArrayList<>(reviewed ? reviews.get(i) : List.of());
            JavaCode code = source.render(operations.get(i));
            texts.addAll(source.gaps());
            statements.add(new JavaStatement(comments(texts), code));
        }
        return statements;
    }

    /** Records each text as a note of the current section and returns the comment lines. */
    private List<String> comments(List<String> texts) {
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            ReviewNote note = new ReviewNote(section, text);
            notes.add(note);
            lines.add(note.comment());
        }
        return lines;
    }
}
