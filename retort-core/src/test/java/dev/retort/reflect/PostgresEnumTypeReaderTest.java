package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.ddl.NamedEnumTypes;
import org.junit.jupiter.api.Test;

/** The enum types of the current schema and the table columns that use them, read from PostgreSQL. */
class PostgresEnumTypeReaderTest {

    @Test
    void readsTheTypesOfTheCurrentSchemaWithTheTableColumnsOfThemOrOfArraysOfThem() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            database.execute(
                    "CREATE TYPE status AS ENUM ('a', 'b')",
                    "CREATE TYPE unused AS ENUM ('x')",
                    "CREATE SCHEMA other",
                    "CREATE TYPE other.elsewhere AS ENUM ('y')",
                    "CREATE TABLE e1 (id INTEGER PRIMARY KEY, st status, history status[][])",
                    "CREATE INDEX ix_e1_st ON e1 (st)",
                    "CREATE TABLE other.e2 (st status, e other.elsewhere)",
                    "CREATE TABLE parted (st status) PARTITION BY LIST (st)",
                    "CREATE TABLE parted_a PARTITION OF parted FOR VALUES IN ('a')",
                    "CREATE VIEW v AS SELECT st FROM e1",
                    "ALTER TABLE e1 ADD COLUMN gone status",
                    "ALTER TABLE e1 DROP COLUMN gone");

            NamedEnumTypes types = PostgresEnumTypeReader.read(database.connection());

            assertThat(types.users("status")).containsExactly("e1.history", "e1.st", "other.e2.st", "parted.st");
            assertThat(types.isKnown("unused")).isTrue();
            assertThat(types.users("unused")).isEmpty();
            assertThat(types.isKnown("elsewhere")).isFalse();
        }
    }

    @Test
    void anEmptySchemaHasNoTypes() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            NamedEnumTypes types = PostgresEnumTypeReader.read(database.connection());

            assertThat(types.isKnown("status")).isFalse();
        }
    }
}
