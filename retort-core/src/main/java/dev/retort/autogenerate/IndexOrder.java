package dev.retort.autogenerate;

import dev.retort.dialect.NullOrdering;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An index element's order in one spelling for comparison: reflection reads a column in the database's
 * default order as the bare column, where a model may spell that order out ({@code a ASC},
 * {@code b NULLS LAST} on PostgreSQL). {@code ASC} is dropped, and so is a {@code NULLS} clause that says
 * where the database puts nulls anyway.
 */
final class IndexOrder {
    private static final Pattern ORDER = Pattern.compile(
            "(?is)(.*?)(?:\\s+(ASC|DESC))?(?:\\s+NULLS\\s+(FIRST|LAST))?\\s*");

    private final NullOrdering nulls;

    IndexOrder(NullOrdering nulls) {
        this.nulls = nulls;
    }

    /** The element's SQL without the words that restate the default order: {@code b DESC}, {@code a}. */
    String normal(String element) {
        Matcher matcher = ORDER.matcher(element);
        if (!matcher.matches() || matcher.group(1).isBlank()) {
            return element;
        }
        boolean descending = "DESC".equalsIgnoreCase(matcher.group(2));
        String where = matcher.group(3);
        boolean defaultNulls = where == null || where.equalsIgnoreCase("FIRST") == nulls.nullsFirst(descending);
        return matcher.group(1) + (descending ? " DESC" : "")
                + (defaultNulls ? "" : " NULLS " + where.toUpperCase(Locale.ROOT));
    }
}
