package dev.retort.compile;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in a compiled file (a revision, the environment hook, models) a failure happened: javac keeps the
 * file's name and its lines as written, and each file's classes are loaded by a loader of its own.
 */
public final class SourceLines {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

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
        // The class loader first: a frame's file and line cost a lookup that retort's own frames are spared.
        return WALKER.walk(frames -> frames
                .filter(frame -> isCompiledFile(frame.getDeclaringClass().getClassLoader())
                        && fileName.equals(frame.getFileName()) && frame.getLineNumber() > 0)
                .findFirst()
                .map(StackWalker.StackFrame::getLineNumber)
                .orElse(0));
    }

    private static boolean isCompiledFile(ClassLoader loader) {
        return loader != null && loader.getName() != null && loader.getName().startsWith(EntryClassLoader.NAME_PREFIX);
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
