package dev.retort.op;

import java.util.Objects;

/**
 * What is known of an attribute that can be absent before an alteration: unknown, known to be absent,
 * or present with a value. Alembic's {@code existing_server_default} means the same with {@code False},
 * {@code None} and a value.
 */
public sealed interface Existing<T> permits Existing.Unknown, Existing.Absent, Existing.Present {

    /** Nothing is known. */
    static <T> Existing<T> unknown() {
        return new Unknown<>();
    }

    /** The attribute is known to be absent. */
    static <T> Existing<T> absent() {
        return new Absent<>();
    }

    /** The attribute is known to be {@code value}. */
    static <T> Existing<T> of(T value) {
        return new Present<>(value);
    }

    /** Whether the state is known, absent or present. */
    default boolean isKnown() {
        return !(this instanceof Unknown);
    }

    /** The change that restores this state; only for a known state. */
    Change<T> restoring();

    /** Nothing is known. */
    record Unknown<T>() implements Existing<T> {
        @Override
        public Change<T> restoring() {
            throw new IllegalStateException("an unknown state cannot be restored");
        }
    }

    /** Known to be absent. */
    record Absent<T>() implements Existing<T> {
        @Override
        public Change<T> restoring() {
            return Change.drop();
        }
    }

    /** Known to be {@code value}. */
    record Present<T>(T value) implements Existing<T> {
        public Present {
            Objects.requireNonNull(value, "value; use Existing.absent() for an attribute known to be absent");
        }

        @Override
        public Change<T> restoring() {
            return Change.to(value);
        }
    }
}
