package dev.retort.script;

import java.nio.file.Path;

/** A new revision would overwrite a file that already exists; nothing was written. */
public class RevisionFileExistsException extends ScriptException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public RevisionFileExistsException(Path path) {
        super("Revision file " + path + " already exists; refusing to overwrite it (give another"
                + " --rev-id or message, or move the file away)");
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
