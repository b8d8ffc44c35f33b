package dev.retort.revision;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The revisions do not form a valid graph. Every problem found is reported at once, each naming the
 * revisions involved so that the caller can point at the files that declare them.
 */
public final class RevisionGraphException extends RevisionException {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
        ILLEGAL_ID, DUPLICATE_ID, ILLEGAL_LABEL, DUPLICATE_LABEL, DUPLICATE_PARENT, MISSING_PARENT,
        MISSING_DEPENDENCY, SELF_LOOP, DEPENDENCY_SELF_LOOP, CYCLE, DEPENDENCY_CYCLE
    }

    /** One problem; {@code revisions} starts with the revision whose declaration is at fault. */
    public record Problem(Kind kind, List<String> revisions, String message) {
        public Problem {
            Objects.requireNonNull(kind, "kind");
            revisions = List.copyOf(revisions);
            Objects.requireNonNull(message, "message");
        }
    }

    private static final Set<Kind> OF_ONE_DECLARATION = EnumSet.of(Kind.ILLEGAL_ID, Kind.ILLEGAL_LABEL,
            Kind.DUPLICATE_PARENT, Kind.MISSING_PARENT, Kind.MISSING_DEPENDENCY, Kind.SELF_LOOP,
            Kind.DEPENDENCY_SELF_LOOP);

    private final transient List<Problem> problems;

    RevisionGraphException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * This exception with each problem of one revision's declaration (a missing parent or dependency, a parent
     * listed twice, a self-loop, a bad label) naming the file that declares it, as {@code fileOf} finds it.
     */
    public RevisionGraphException locatedIn(Function<String, Optional<Path>> fileOf) {
        return new RevisionGraphException(problems.stream().map(problem -> OF_ONE_DECLARATION.contains(problem.kind())
                ? fileOf.apply(problem.revisions().get(0))
                        .map(file -> new Problem(problem.kind(), problem.revisions(), problem.message() + " (in "
                                + file + ")"))
                        .orElse(problem)
                : problem).toList());
    }

    private static String message(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).message();
        }
        return "The revision graph has " + problems.size() + " problems:\n"
                + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n"));
    }
}
