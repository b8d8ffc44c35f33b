/**
 * The revision graph, built from {@link dev.retort.revision.Revision} values in memory with no file or
 * database access: validation, heads and bases, branch labels and dependencies, Alembic's identifier
 * grammar, history order, and the planning of upgrade, downgrade and stamp steps with the version-table
 * statements each step issues ({@link dev.retort.revision.VersionHeads}).
 *
 * <p>Start from {@link dev.retort.revision.RevisionGraph#of}. Everything follows Alembic's observable
 * behaviour, including its tie-breaking by load order; where Alembic depends on Python's hash order or
 * fails with an internal error, the choice made here is documented on the type concerned. All errors are
 * subtypes of {@link dev.retort.revision.RevisionException}.
 */
package dev.retort.revision;
