package dev.retort.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alembic keeps branch labels, a revision's children and the revisions {@code current} lists in Python
 * sets, so their order depends on the hash seed or on object addresses. This puts them in sorted order,
 * so outputs can be compared on everything else.
 */
final class HashOrder {
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*, [^()]*)\\)");
    private static final Pattern LISTED = Pattern.compile("^(Branches into|Branch names): (.*)$");

    private HashOrder() {}

    static String normalise(String output) {
        List<String> lines = new ArrayList<>();
        List<String> arrowRun = new ArrayList<>();
        for (String line : output.split("\n", -1)) {
            String normalised = sortLists(line);
            if (normalised.trim().startsWith("-> ") && normalised.startsWith(" ")) {
                arrowRun.add(normalised);
                continue;
            }
            flush(arrowRun, lines);
            lines.add(normalised);
        }
        flush(arrowRun, lines);
        return String.join("\n", lines);
    }

    /** {@code current}'s revisions (lines, or with -v blocks that start with "Rev: ") in sorted order. */
    static String currentEntries(String output) {
        boolean verbose = output.startsWith("Current revision(s) for ");
        int start = verbose ? output.indexOf('\n') + 1 : 0;
        String separator = verbose ? "\nRev: " : "\n";
        List<String> entries = new ArrayList<>(Arrays.asList(("\n" + output.substring(start)).split(separator)));
        entries.removeIf(String::isBlank);
        entries.sort(null);
        return output.substring(0, start) + String.join("\n", entries.stream().map(entry -> separator + entry)
                .map(entry -> entry.substring(1)).toList());
    }

    private static void flush(List<String> arrowRun, List<String> lines) {
        arrowRun.sort(null);
        lines.addAll(arrowRun);
        arrowRun.clear();
    }

    private static String sortLists(String line) {
        Matcher listed = LISTED.matcher(line);
        if (listed.matches()) {
            return listed.group(1) + ": " + sorted(listed.group(2));
        }
        Matcher matcher = PARENTHESISED.matcher(line);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement("(" + sorted(matcher.group(1)) + ")"));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String sorted(String commaList) {
        String[] items = commaList.split(", ");
        Arrays.sort(items);
        return String.join(", ", items);
    }
}
