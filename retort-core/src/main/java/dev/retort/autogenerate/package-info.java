/**
 * Autogenerate: compares the schema the models describe with the one reflected from the database and
 * produces the operations that turn the second into the first ({@link dev.retort.autogenerate.SchemaComparator}).
 */
package dev.retort.autogenerate;
