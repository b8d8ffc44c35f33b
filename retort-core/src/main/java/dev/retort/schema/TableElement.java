package dev.retort.schema;

/** What a table is made of, as listed when it is created: columns, constraints and indexes. */
public sealed interface TableElement permits Column, Constraint, Index {
}
