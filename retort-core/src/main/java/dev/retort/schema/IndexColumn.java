package dev.retort.schema;

/** A column an index is built on, by name. */
public record IndexColumn(String name) implements IndexElement {

    public IndexColumn {
        Names.require(name, "index column");
    }
}
