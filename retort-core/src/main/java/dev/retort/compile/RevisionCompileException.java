package dev.retort.compile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Java revision files do not compile. Every error of the batch is listed, for all files at once.
 */
public class RevisionCompileException extends CompileException {
    private static final long serialVersionUID = 1L;

    private final transient List<CompileDiagnostic> diagnostics;

    public RevisionCompileException(List<CompileDiagnostic> diagnostics) {
        super(message(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<CompileDiagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The errors of one source that is not a revision (the models, the environment hook), headed by what it
     * is: "{@code subject} does not compile (2 errors):", one error per indented line, and what to do.
     */
    public String describe(String subject) {
        return subject + " does not compile (" + errorCount(diagnostics) + "):\n" + errorLines(diagnostics)
                + "\nFix it and run again.";
    }

    private static String errorCount(List<CompileDiagnostic> diagnostics) {
        return diagnostics.size() == 1 ? "1 error" : diagnostics.size() + " errors";
    }

    private static String errorLines(List<CompileDiagnostic> diagnostics) {
        return diagnostics.stream()
                .map(diagnostic -> "  " + diagnostic.toString().replace("\n", "\n  "))
                .collect(Collectors.joining("\n"));
    }

    private static String message(List<CompileDiagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("no diagnostics to report");
        }
        long files = diagnostics.stream().map(CompileDiagnostic::file).distinct().count();
        return (files == 1 ? "1 Java revision file does not compile" : files + " Java revision files do not compile")
                + " (" + errorCount(diagnostics) + "):\n" + errorLines(diagnostics) + "\nFix "
                + (files == 1 ? "it" : "them") + " and run again.";
    }
}
