package dev.retort;

/**
 * The edit distance between two strings, for suggesting what a mistyped name meant: Levenshtein's, with a swap
 * of two neighbouring characters ({@code ulr} for {@code url}) counted as one edit, as a typist makes it (the
 * optimal string alignment distance).
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** How many characters must be inserted, deleted, replaced or swapped with their neighbour to turn a into b. */
    public static int between(String a, String b) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
            }
            int[] reused = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = reused;
        }
        return previous[b.length()];
    }
}
