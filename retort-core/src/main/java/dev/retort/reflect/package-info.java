/**
 * Reading tables back from a live database into the schema model ({@link dev.retort.schema.Table}), so
 * that batch mode can rebuild a table as it exists.
 */
package dev.retort.reflect;
