package dev.retort.revision;

import java.util.Objects;

/**
 * One statement against the version table, in the order Alembic emits them: {@code INSERT},
 * {@code UPDATE ... WHERE version_num = from}, {@code DELETE ... WHERE version_num = id}.
 */
public sealed interface VersionChange permits VersionChange.Insert, VersionChange.Update, VersionChange.Delete {

    /** A new row, for a new branch or a parent restored by an unmerge. */
    record Insert(String id) implements VersionChange {
        public Insert {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A row moved from one revision to another. */
    record Update(String from, String to) implements VersionChange {
        public Update {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** A row removed: a branch reverted to base, or a parent absorbed by a merge. */
    record Delete(String id) implements VersionChange {
        public Delete {
            Objects.requireNonNull(id, "id");
        }
    }
}
