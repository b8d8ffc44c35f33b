package dev.retort.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The models declare something no database can hold as written: a foreign key to a table the models do
 * not have, two objects of one name, a name the convention cannot make. Every problem is listed at once,
 * each naming its table and object.
 */
public final class InvalidModelException extends ModelException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public InvalidModelException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, such as {@code table purchase: foreign key fk_x refers to table custmer, ...}. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems to report");
        }
        String heading = problems.size() == 1 ? "The models have 1 problem:" : "The models have " + problems.size()
                + " problems:";
        return problems.stream().map(problem -> "  " + problem)
                .collect(Collectors.joining("\n", heading + "\n", "\nFix the models and run again."));
    }
}
