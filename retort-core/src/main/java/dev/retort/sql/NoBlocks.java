package dev.retort.sql;

/** For dialects whose scripts have no bodies that hold {@code ;} outside quotes (H2 quotes them with $$). */
enum NoBlocks implements BlockTracker {
    INSTANCE;

    @Override
    public void accept(Token token) {
        // nothing to follow
    }

    @Override
    public OpenBlock openBlock() {
        return null;
    }

    @Override
    public void reset() {
        // nothing to forget
    }
}
