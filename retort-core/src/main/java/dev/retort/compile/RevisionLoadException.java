package dev.retort.compile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Java revision files cannot be read, or their compiled classes are not valid revisions (no class
 * annotated {@code @Revision}, a class that does not implement {@code Migration}, an id that differs
 * from the file's, a constructor that fails). Every such file is listed; no migration was returned.
 * Exceptions thrown by revision code are attached as suppressed exceptions.
 */
public class RevisionLoadException extends CompileException {
    private static final long serialVersionUID = 1L;

    private final transient List<RevisionLoadProblem> problems;

    public RevisionLoadException(List<RevisionLoadProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<RevisionLoadProblem> problems() {
        return problems;
    }

    private static String message(List<RevisionLoadProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems to report");
        }
        String heading = problems.size() == 1
                ? "1 Java revision cannot be loaded:"
                : problems.size() + " Java revisions cannot be loaded:";
        return problems.stream()
                .map(problem -> "  " + problem)
                .collect(Collectors.joining("\n", heading + "\n", "\nFix " + (problems.size() == 1 ? "it" : "them")
                        + "; no revision was loaded."));
    }
}
