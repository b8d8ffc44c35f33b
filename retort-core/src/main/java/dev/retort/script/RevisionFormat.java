package dev.retort.script;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two kinds of revision file: Java sources and SQL scripts. */
public enum RevisionFormat {
    JAVA,
    SQL;

    /** The file name extension, with its dot: {@code ".java"} or {@code ".sql"}. */
    public String extension() {
        return "." + configName();
    }

    /** The name used in the configuration and on the command line: {@code java} or {@code sql}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The template in the environment folder that new revisions of this format are written from. */
    public String templateFileName() {
        return "script" + extension() + ".mustache";
    }

    /** Reads {@code java} or {@code sql} (any case, surrounding blanks ignored). */
    public static RevisionFormat parse(String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (RevisionFormat format : values()) {
            if (format.configName().equals(name)) {
                return format;
            }
        }
        throw new ScriptException("Unknown revision format '" + text + "'; expected java or sql");
    }

    /** The format of a file, judged by its extension; empty for any other file. */
    public static Optional<RevisionFormat> ofFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String fileName = name.toString();
        for (RevisionFormat format : values()) {
            if (fileName.endsWith(format.extension()) && fileName.length() > format.extension().length()) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
