package dev.retort.compile;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in a compiled file (a revision, the environment hook, models) a failure happened: javac keeps the
 * file's name and its lines as written, and each file's classes are loaded by a loader of its own.
 */
public final class SourceLines {
    private SourceLines() {
    }

    /**
     * The line of the innermost frame of {@code failure} (or of its causes, in turn) that runs the code of the
     * compiled file named {@code fileName}; empty when none does, as for a revision run without javac.
     */
    public static OptionalInt lineIn(Throwable failure, String fileName) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Optional<StackTraceElement> frame = frameIn(cause, fileName);
            if (frame.isPresent()) {
                return OptionalInt.of(frame.get().getLineNumber());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The line of the innermost frame of the current thread that runs the code of the compiled file named
     * {@code fileName}; 0 when none does.
     */
    public static int callerLineIn(String fileName) {
        // A throwable's stack, filled in by the JVM at once, costs a fraction of a StackWalker's stream while the
        // JIT has compiled neither: this runs for each operation of a revision, mostly in a fresh JVM.
        return frameIn(new Throwable(), fileName).map(StackTraceElement::getLineNumber).orElse(0);
    }

    private static Optional<StackTraceElement> frameIn(Throwable failure, String fileName) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            String loader = frame.getClassLoaderName();
            if (loader != null && loader.startsWith(EntryClassLoader.NAME_PREFIX)
                    && fileName.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                return Optional.of(frame);
            }
        }
        return Optional.empty();
    }
}
