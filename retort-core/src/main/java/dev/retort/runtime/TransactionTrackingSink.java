package dev.retort.runtime;

/**
 * The transaction bookkeeping both sinks share: whether a transaction is open, and suspending it for
 * statements that must run on their own. Subclasses say what opening, committing and abandoning one means.
 */
abstract class TransactionTrackingSink implements SqlSink {
    private boolean inTransaction;
    private boolean suspended;

    protected abstract void startTransaction();

    protected abstract void commitTransaction();

    protected abstract void abandonTransaction();

    @Override
    public final void begin() {
        startTransaction();
        inTransaction = true;
    }

    @Override
    public final void commit() {
        commitTransaction();
        inTransaction = false;
    }

    /** Commits what the open transaction holds, staying in a transaction; by default commit, then start. */
    protected void commitKeepingTransaction() {
        commitTransaction();
        startTransaction();
    }

    @Override
    public final void commitAndContinue() {
        if (!inTransaction) {
            throw new IllegalStateException("no transaction is open");
        }
        commitKeepingTransaction();
    }

    @Override
    public final void rollback() {
        abandonTransaction();
        inTransaction = false;
        suspended = false;
    }

    @Override
    public final void suspendTransaction() {
        if (inTransaction) {
            commit();
            suspended = true;
        }
    }

    @Override
    public final void resumeTransaction() {
        if (suspended) {
            suspended = false;
            begin();
        }
    }
}
