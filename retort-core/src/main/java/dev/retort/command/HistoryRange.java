package dev.retort.command;

import dev.retort.revision.EmptySymbolException;
import java.util.List;

/**
 * The {@code -r START:END} argument of {@code history}: either side may be empty, meaning base and the
 * heads; relative forms ({@code -2:}, {@code a:+2}) are relative to the other side, and {@code current}
 * stands for the database's revisions.
 */
public record HistoryRange(String lower, String upper) {

    public static final HistoryRange ALL = new HistoryRange("", "");
    /** The symbol that stands for the database's revisions. */
    public static final String CURRENT = "current";

    /** A side that is not empty must name something: {@code @} or {@code label@} is refused. */
    public HistoryRange {
        lower = lower == null ? "" : lower.strip();
        upper = upper == null ? "" : upper.strip();
        for (String side : List.of(lower, upper)) {
            if (!side.isEmpty()) {
                EmptySymbolException.check(side);
            }
        }
    }

    public static HistoryRange parse(String range) {
        if (range == null) {
            return ALL;
        }
        int colon = range.indexOf(':');
        if (colon < 0) {
            throw new CommandException("History range requires [start]:[end], [start]:, or :[end]");
        }
        if (range.indexOf(':', colon + 1) >= 0) {
            throw new CommandException("History range '" + range + "' has more than one ':'; use [start]:[end]");
        }
        return new HistoryRange(range.substring(0, colon), range.substring(colon + 1));
    }

    public String lowerOrBase() {
        return lower.isEmpty() ? "base" : lower;
    }

    public String upperOrHeads() {
        return upper.isEmpty() ? "heads" : upper;
    }

    public boolean mentionsCurrent() {
        return lower.equals(CURRENT) || upper.equals(CURRENT);
    }
}
