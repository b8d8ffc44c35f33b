package dev.retort.reflect;

import dev.retort.RetortException;
import java.util.Set;
import java.util.TreeSet;

/** No schema reader exists for a dialect; it names the dialect and the ones that can be read. */
public final class UnsupportedReflectionException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final String dialect;

    UnsupportedReflectionException(String dialect, Set<String> supported) {
        super("cannot read the schema of a " + dialect + " database: reflection supports " + new TreeSet<>(supported)
                + "; compare against a database of one of those, or write the revision by hand");
        this.dialect = dialect;
    }

    /** The dialect that has no reader. */
    public String dialect() {
        return dialect;
    }
}
