package dev.retort.compile;

import dev.retort.script.RevisionFormat;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads Java revision files and keys them, reporting every file that cannot be used at once. */
final class RevisionSources {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private RevisionSources() {
    }

    /** The files read and hashed in parallel; every problem of every file is reported together, in order. */
    static List<RevisionSource> read(List<RevisionScript> scripts, CacheKeys keys) {
        List<RevisionLoadProblem> problems = new ArrayList<>();
        Map<String, RevisionScript> byId = new HashMap<>();
        List<RevisionScript> distinct = new ArrayList<>();
        for (RevisionScript script : scripts) {
            if (script.format() != RevisionFormat.JAVA) {
                throw new IllegalArgumentException("not a Java revision: " + script.path());
            }
            RevisionScript earlier = byId.putIfAbsent(script.id(), script);
            if (earlier != null) {
                problems.add(new RevisionLoadProblem(script.path(), "revision id '" + script.id()
                        + "' is also declared by " + earlier.path() + "; give one of them a new id"));
            } else {
                distinct.add(script);
            }
        }
        List<Object> read = distinct.parallelStream().map(script -> {
            try {
                return (Object) read(script, keys);
            } catch (UnusableSource e) {
                return new RevisionLoadProblem(script.path(), e.getMessage());
            }
        }).toList();
        List<RevisionSource> sources = new ArrayList<>();
        for (Object one : read) {
            if (one instanceof RevisionSource source) {
                sources.add(source);
            } else {
                problems.add((RevisionLoadProblem) one);
            }
        }
        if (!problems.isEmpty()) {
            throw new RevisionLoadException(problems);
        }
        return sources;
    }

    /** One Java source file that is not a revision, such as models. */
    static RevisionSource read(Path file, CacheKeys keys) {
        try {
            return read(file, Optional.empty(), keys);
        } catch (UnusableSource e) {
            throw new RevisionLoadException(List.of(new RevisionLoadProblem(file, e.getMessage())));
        }
    }

    private static RevisionSource read(RevisionScript script, CacheKeys keys) throws UnusableSource {
        return read(script.path(), Optional.of(script.id()), keys);
    }

    private static RevisionSource read(Path file, Optional<String> revisionId, CacheKeys keys) throws UnusableSource {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableSource("cannot be read (" + e + ")");
        }
        String text = decode(content);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        int packageLine = RevisionSource.packageDeclarationLine(text);
        if (packageLine > 0) {
            throw new UnusableSource("line " + packageLine + " declares a package; " + (revisionId.isPresent()
                    ? "revision files have" : "this file is compiled like a revision and has") + " no package "
                    + "declaration, remove it");
        }
        return new RevisionSource(file, revisionId, text, keys.keyOf(content));
    }

    private static String decode(byte[] content) throws UnusableSource {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnusableSource("is not UTF-8 text; save it as UTF-8");
        }
    }

    /** Why one file cannot be used, before anything is compiled. */
    private static final class UnusableSource extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableSource(String reason) {
            super(reason, null, false, false);
        }
    }
}
