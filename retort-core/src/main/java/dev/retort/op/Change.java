package dev.retort.op;

import java.util.Objects;

/**
 * What an alteration does to an attribute that can be absent, such as a server default or a comment:
 * leave it as it is, set it to a value, or drop it. Alembic says the same with {@code False}, a value and
 * {@code None}; here "unchanged" is said explicitly.
 */
public sealed interface Change<T> permits Change.Unchanged, Change.SetTo, Change.Dropped {

    /** Leave the attribute as it is. */
    static <T> Change<T> unchanged() {
        return new Unchanged<>();
    }

    /** Set the attribute to {@code value}. */
    static <T> Change<T> to(T value) {
        return new SetTo<>(value);
    }

    /** Remove the attribute. */
    static <T> Change<T> drop() {
        return new Dropped<>();
    }

    /** Whether this changes anything. */
    default boolean isChange() {
        return !(this instanceof Unchanged);
    }

    /** What the attribute is after this change, given what it was before. */
    Existing<T> applyTo(Existing<T> before);

    /** The attribute stays as it is. */
    record Unchanged<T>() implements Change<T> {
        @Override
        public Existing<T> applyTo(Existing<T> before) {
            return before;
        }
    }

    /** The attribute becomes {@code value}. */
    record SetTo<T>(T value) implements Change<T> {
        public SetTo {
            Objects.requireNonNull(value, "value; use Change.drop() to remove the attribute");
        }

        @Override
        public Existing<T> applyTo(Existing<T> before) {
            return Existing.of(value);
        }
    }

    /** The attribute is removed. */
    record Dropped<T>() implements Change<T> {
        @Override
        public Existing<T> applyTo(Existing<T> before) {
            return Existing.absent();
        }
    }
}
