package dev.retort.command;

/**
 * The {@code -r START:END} argument of {@code history}: either side may be empty, meaning base and the
 * heads; relative forms ({@code -2:}, {@code a:+2}) are relative to the other side.
 */
public record HistoryRange(String lower, String upper) {

    public static final HistoryRange ALL = new HistoryRange("", "");

    public HistoryRange {
        lower = lower == null ? "" : lower.strip();
        upper = upper == null ? "" : upper.strip();
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
        return lower.equals("current") || upper.equals("current");
    }
}
