package dev.retort.runtime;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.CallSites;
import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Compiles the operations of a revision file into statements that know the line that asked for them, so that
 * a statement the database rejects, or an operation it cannot do, is reported there. A batch that alters its
 * table in place runs its operations' own statements, each at the line of its call inside the batch; a batch
 * that rebuilds its table is one piece of work, at the line of the {@code batchAlterTable} call.
 */
final class LocatingCompiler {
    private final DdlCompiler compiler;
    private final String file;
    private final CallSites callSites;

    LocatingCompiler(DdlCompiler compiler, String file, CallSites callSites) {
        this.compiler = compiler;
        this.file = file;
        this.callSites = callSites;
    }

    /** The statements of {@code operation}, each at the line that asked for it. */
    List<LocatedStatement> compile(Operation operation) {
        if (operation instanceof BatchAlterTable batch && compiler.altersInPlace(batch)) {
            return compileInPlace(batch);
        }
        return compileAs(operation, () -> compiler.compile(operation));
    }

    /** The statements {@code statements} gives for {@code operation} (compiled in its turn), at its line. */
    List<LocatedStatement> compileAs(Operation operation, Supplier<List<String>> statements) {
        IntSupplier line = callSites.lineOf(operation);
        return at(line, compiled(statements, () -> LocatedStatement.location(file, line.getAsInt())));
    }

    /**
     * A batch that alters its table in place runs its operations' statements, in order: each part is compiled
     * once (compiling records what a run creates, PostgreSQL's enum types). A part the database cannot do is
     * refused at its line, with the batch's own words for it (on SQLite, that the batch may not rebuild).
     */
    private List<LocatedStatement> compileInPlace(BatchAlterTable batch) {
        IntSupplier batchLine = callSites.lineOf(batch);
        List<LocatedStatement> statements = new ArrayList<>();
        for (Operation part : batch.operations()) {
            IntSupplier partLine = lineWithin(part, batchLine);
            try {
                statements.addAll(at(partLine, compiler.compile(part)));
            } catch (RuntimeException refusal) {
                throw RevisionCodeException.at(asTheBatchSaysIt(batch, refusal),
                        LocatedStatement.location(file, partLine.getAsInt()));
            }
        }
        return statements;
    }

    /** The batch's refusal of what {@code refusal} refused in one of its parts, or that refusal itself. */
    private RuntimeException asTheBatchSaysIt(BatchAlterTable batch, RuntimeException refusal) {
        try {
            compiler.compile(batch);
            return refusal;
        } catch (RuntimeException batchRefusal) {
            return batchRefusal;
        }
    }

    /** The line of a batch's part, or the batch's own where the part's is not known. */
    private IntSupplier lineWithin(Operation part, IntSupplier batchLine) {
        IntSupplier partLine = callSites.lineOf(part);
        return () -> {
            int line = partLine.getAsInt();
            return line > 0 ? line : batchLine.getAsInt();
        };
    }

    private static List<LocatedStatement> at(IntSupplier line, List<String> statements) {
        return statements.stream().map(sql -> new LocatedStatement(sql, line)).toList();
    }

    /** The statements of an operation asked for at {@code location}; one the database cannot do is refused there. */
    private static List<String> compiled(Supplier<List<String>> statements, Supplier<String> location) {
        try {
            return statements.get();
        } catch (RuntimeException e) {
            throw RevisionCodeException.at(e, location.get());
        }
    }
}
