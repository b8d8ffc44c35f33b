package dev.retort.schema;

/** The four kinds of table constraint; MySQL must be told which kind it drops. */
public enum ConstraintKind {
    PRIMARY_KEY("primary"),
    UNIQUE("unique"),
    FOREIGN_KEY("foreignkey"),
    CHECK("check");

    private final String alembicName;

    ConstraintKind(String alembicName) {
        this.alembicName = alembicName;
    }

    /** The word Alembic's {@code drop_constraint(type_=...)} uses for this kind. */
    public String alembicName() {
        return alembicName;
    }
}
