package dev.retort.autogenerate;

import dev.retort.dialect.DialectCapabilities;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One kind of change the models can make: the models before and after it, the operations a comparison
 * must find (as {@link OperationSummary} lines, which may depend on what the database can do), and what
 * the database must be able to do for the kind to apply at all.
 *
 * @param needs what the database must be able to do; {@code needsReason} says what it is when it cannot
 * @param irreversible why the found operations cannot be undone on such a database, where they cannot
 * @param noteOnly the note a comparison gives instead of operations where the database cannot make the change
 * @param serverSyntax syntax the kind's operations use that a server may lack (see the test's server gaps)
 */
record ChangeKind(
        String name,
        LibraryModel before,
        LibraryModel after,
        Function<DialectCapabilities, List<String>> expected,
        Predicate<DialectCapabilities> needs,
        String needsReason,
        Function<DialectCapabilities, Optional<String>> irreversible,
        Function<DialectCapabilities, Optional<String>> noteOnly,
        Optional<String> serverSyntax) {

    /** A kind every database applies and undoes, finding the same operations. */
    static ChangeKind of(String name, LibraryModel before, LibraryModel after, String... expected) {
        return new ChangeKind(name, before, after, capabilities -> List.of(expected), capabilities -> true, "",
                capabilities -> Optional.empty(), capabilities -> Optional.empty(), Optional.empty());
    }

    ChangeKind expecting(Function<DialectCapabilities, List<String>> operations) {
        return new ChangeKind(name, before, after, operations, needs, needsReason, irreversible, noteOnly, serverSyntax);
    }

    ChangeKind needing(Predicate<DialectCapabilities> capability, String reason) {
        return new ChangeKind(name, before, after, expected, capability, reason, irreversible, noteOnly, serverSyntax);
    }

    ChangeKind irreversibleWhere(Function<DialectCapabilities, Optional<String>> reason) {
        return new ChangeKind(name, before, after, expected, needs, needsReason, reason, noteOnly, serverSyntax);
    }

    ChangeKind notedOnlyWhere(Function<DialectCapabilities, Optional<String>> note) {
        return new ChangeKind(name, before, after, expected, needs, needsReason, irreversible, note, serverSyntax);
    }

    ChangeKind using(String syntax) {
        return new ChangeKind(name, before, after, expected, needs, needsReason, irreversible, noteOnly, Optional.of(syntax));
    }

    @Override
    public String toString() {
        return name;
    }
}
