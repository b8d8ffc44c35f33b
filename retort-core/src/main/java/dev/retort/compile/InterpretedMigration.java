package dev.retort.compile;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import java.util.function.IntConsumer;

/**
 * A revision of operation calls run without javac ({@link RevisionCompiler#loadWithoutCompilingPlain}). Running
 * it does nothing but record operations, so it may run on another thread, ahead of its turn. It has no compiled
 * frames whose lines a failure could show, so it tells the line of each statement of its file as the statement
 * starts.
 */
public interface InterpretedMigration extends Migration {

    /** Runs the upgrade ({@code upgrading}) or the downgrade on {@code op}, telling {@code lines} its lines. */
    void run(boolean upgrading, Operations op, IntConsumer lines);
}
