package dev.retort.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What to suggest for an argument the command line does not know: picocli's near matches, without the
 * hidden spellings of commands ({@code list_templates}); and for a command of Flyway or Liquibase, retort's
 * command that does the same.
 */
final class UsageSuggestions {
    private static final Map<String, String> OTHER_TOOLS_COMMANDS = Map.of(
            "migrate", "upgrade", "update", "upgrade", "rollback", "downgrade", "undo", "downgrade",
            "baseline", "stamp", "changelog-sync", "stamp", "info", "history -i", "status", "current",
            "validate", "current");
    /** What retort does of the other tool's command, where its name alone would mislead. */
    private static final Map<String, String> OTHER_TOOLS_NOTES = Map.of("validate", "; retort checks every revision"
            + " file whenever a command reads them, and 'current' fails on a version row no file matches");

    private UsageSuggestions() {}

    /** Prints suggestions for an unmatched argument; whether there were any. */
    static boolean print(UnmatchedArgumentException error, PrintWriter err) {
        CommandLine command = error.getCommandLine();
        List<String> unmatched = error.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        String instead = command.getParent() == null ? OTHER_TOOLS_COMMANDS.get(first) : null;
        if (instead != null) {
            err.println("Did you mean: retort " + instead + "? ('" + first + "' is Flyway's or Liquibase's"
                    + " command" + OTHER_TOOLS_NOTES.getOrDefault(first, "") + "; 'retort --help' lists retort's)");
            return true;
        }
        List<String> suggestions = error.getSuggestions().stream().filter(name -> !name.contains("_")).toList();
        if (suggestions.isEmpty()) {
            return false;
        }
        if (error.isUnknownOption()) {
            err.println("Possible solutions: " + String.join(", ", suggestions));
        } else {
            String prefix = command.getCommandSpec().qualifiedName() + " ";
            err.println("Did you mean: " + String.join(" or ", suggestions.stream().map(name -> prefix + name)
                    .toList()) + "?");
        }
        return true;
    }
}
