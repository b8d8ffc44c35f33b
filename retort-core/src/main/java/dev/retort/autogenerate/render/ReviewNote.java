package dev.retort.autogenerate.render;

import java.util.Objects;

/**
 * Something in a rendered revision a person should look at before running it: a change that may lose
 * data or fail on a filled table, a possible rename rendered as a drop and an add, a part of the
 * downgrade that must be written by hand, or an option the revision API cannot say. Each is also written
 * into the revision as a {@code // REVIEW:} (or {@code -- REVIEW:}) comment above the statement it is
 * about.
 */
public record ReviewNote(Section section, String text) {

    /** Which body of the revision the note is in. */
    public enum Section { UPGRADE, DOWNGRADE }

    public ReviewNote {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
    }

    /** The note as the comment line says it, without the comment marker: {@code REVIEW: drops table ...}. */
    public String comment() {
        return "REVIEW: " + text;
    }
}
