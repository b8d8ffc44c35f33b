package dev.retort.compile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Java revision files do not compile. Every error of the batch is listed, for all files at once; no class
 * of the batch was cached, not even those of the files that compiled.
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

    private static String message(List<CompileDiagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("no diagnostics to report");
        }
        long files = diagnostics.stream().map(CompileDiagnostic::file).distinct().count();
        String heading = (files == 1 ? "1 Java revision file does not compile" : files + " Java revision files do not compile")
                + " (" + (diagnostics.size() == 1 ? "1 error" : diagnostics.size() + " errors") + "):";
        return diagnostics.stream()
                .map(diagnostic -> "  " + diagnostic.toString().replace("\n", "\n  "))
                .collect(Collectors.joining("\n", heading + "\n", "\nFix " + (files == 1 ? "it" : "them")
                        + " and run again; no revision was compiled."));
    }
}
