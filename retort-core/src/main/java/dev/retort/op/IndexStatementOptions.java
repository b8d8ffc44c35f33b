package dev.retort.op;

import dev.retort.api.IndexCreation;
import dev.retort.api.IndexRemoval;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** Collects the options of {@code op.createIndex(..., build -> ...)} and {@code op.dropIndex(..., drop -> ...)}. */
final class IndexStatementOptions {

    private IndexStatementOptions() {
    }

    /** The options of creating an index. */
    static final class Creation implements IndexCreation {
        private boolean concurrently;
        private boolean ifNotExists;

        @Override
        public IndexCreation concurrently() {
            concurrently = true;
            return this;
        }

        @Override
        public IndexCreation ifNotExists() {
            ifNotExists = true;
            return this;
        }

        CreateIndex build(QualifiedName table, Index index) {
            return new CreateIndex(table, index, ifNotExists, concurrently);
        }
    }

    /** The options of dropping an index. */
    static final class Removal implements IndexRemoval {
        private boolean concurrently;
        private boolean ifExists;
        private Optional<Index> existing = Optional.empty();

        @Override
        public IndexRemoval concurrently() {
            concurrently = true;
            return this;
        }

        @Override
        public IndexRemoval ifExists() {
            ifExists = true;
            return this;
        }

        @Override
        public IndexRemoval existing(Index index) {
            existing = Optional.of(Objects.requireNonNull(index, "index"));
            return this;
        }

        DropIndex build(QualifiedName index, String table) {
            return new DropIndex(index, Optional.of(table), existing, ifExists, concurrently);
        }
    }
}
