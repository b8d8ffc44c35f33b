package dev.retort.autogenerate.render;

import java.util.List;
import java.util.Objects;

/** One statement of a rendered body, {@code code;}, with the {@code //} comment lines above it. */
record JavaStatement(List<String> comments, JavaCode code) {

    JavaStatement {
        comments = List.copyOf(comments);
        Objects.requireNonNull(code, "code");
    }

    /** Only comment lines, where a statement must be written by hand. */
    static JavaStatement commentOnly(List<String> comments) {
        return new JavaStatement(comments, new JavaCode.Atom(""));
    }

    boolean hasCode() {
        return !(code instanceof JavaCode.Atom atom && atom.text().isEmpty());
    }
}
