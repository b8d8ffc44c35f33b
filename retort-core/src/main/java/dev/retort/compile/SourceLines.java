package dev.retort.compile;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntSupplier;

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
     * Where the current thread is, to tell later the line of its innermost frame that runs the code of the
     * compiled file named {@code fileName} (0 when none does).
     */
    public static IntSupplier callerIn(String fileName) {
        // The JVM fills in a throwable's stack at once and cheaply; turning its frames into files and lines is
        // what costs (about 40 ms for 1,000 operations in a fresh JVM), so that waits until a line is asked for,
        // which is when a statement fails.
        Throwable here = new Throwable();
        return new IntSupplier() {
            private int line = -1;

            @Override
            public int getAsInt() {
                if (line < 0) {
                    line = frameIn(here, fileName).map(StackTraceElement::getLineNumber).orElse(0);
                }
                return line;
            }
        };
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
