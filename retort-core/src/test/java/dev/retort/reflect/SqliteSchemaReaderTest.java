package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a SQLite database written in plain DDL back into the schema model. */
class SqliteSchemaReaderTest {
    @TempDir
    Path directory;

    private LiveDatabase database;

    @BeforeEach
    void createSchema() throws Exception {
        database = LiveDatabase.sqlite(directory);
        database.execute(
                """
                CREATE TABLE customer (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  email VARCHAR(120) NOT NULL CONSTRAINT uq_customer_email UNIQUE,
                  name TEXT COLLATE NOCASE,
                  active BOOLEAN NOT NULL DEFAULT 1,
                  rating NUMERIC(3, 1) DEFAULT 2.5,
                  created DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)""",
                """
                CREATE TABLE product (
                  sku VARCHAR(20) NOT NULL,
                  warehouse SMALLINT NOT NULL,
                  title VARCHAR(200) NOT NULL DEFAULT 'it''s untitled',
                  price NUMERIC(10, 2) NOT NULL,
                  stock INTEGER NOT NULL DEFAULT -1,
                  CONSTRAINT pk_product PRIMARY KEY (sku, warehouse),
                  CONSTRAINT ck_product_stock CHECK (stock >= -1))""",
                """
                CREATE TABLE purchase (
                  id INTEGER NOT NULL,
                  customer_id INTEGER NOT NULL,
                  sku VARCHAR(20),
                  warehouse SMALLINT,
                  placed DATE,
                  CONSTRAINT pk_purchase PRIMARY KEY (id),
                  CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
                  CONSTRAINT fk_purchase_product FOREIGN KEY (sku, warehouse) REFERENCES product (sku, warehouse)
                    ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED)""",
                "CREATE INDEX ix_purchase_customer_placed ON purchase (customer_id, placed)",
                "CREATE UNIQUE INDEX ix_customer_lower_name ON customer (lower(name)) WHERE active",
                "CREATE VIRTUAL TABLE search USING fts5(body)",
                "CREATE TABLE retort_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                "INSERT INTO customer (email) VALUES ('a@example.com')",
                "ATTACH DATABASE '" + directory.resolve("audit.db") + "' AS audit",
                "CREATE TABLE audit.event (id BIGINT NOT NULL PRIMARY KEY, customer_id INTEGER REFERENCES customer (id))");
    }

    @AfterEach
    void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void readsEveryTableLeavingOutSqlitesOwnVirtualAndVersionTables() {
        DatabaseSchema schema = SchemaReader.forDialect(database.dialect())
                .read(database.connection(), ReflectionScope.defaultSchema());

        assertThat(schema.tables()).extracting(Table::name).containsExactly(QualifiedName.of("customer"),
                QualifiedName.of("product"), QualifiedName.of("purchase"));
        assertThat(schema.table(QualifiedName.of("customer")).orElseThrow()).isEqualTo(customer());
        assertThat(schema.table(QualifiedName.of("product")).orElseThrow()).isEqualTo(product());
        assertThat(schema.table(QualifiedName.of("purchase")).orElseThrow()).isEqualTo(purchase());
        assertThat(schema.sequences()).isEmpty();
        assertThat(schema.enumTypes()).isEmpty();
    }

    @Test
    void readsAttachedDatabasesAsSchemas() {
        DatabaseSchema schema = SchemaReader.forDialect(database.dialect())
                .read(database.connection(), ReflectionScope.schemas("audit"));

        QualifiedName event = QualifiedName.of("audit", "event");
        assertThat(schema.tables()).containsExactly(new Table(event, List.of(
                        Column.of("id", Types.BIGINT).notNull().autoincrement(false),
                        Column.of("customer_id", Types.INTEGER)),
                Optional.of(PrimaryKey.of("id")),
                List.of(ForeignKey.of(Optional.empty(), List.of("customer_id"), QualifiedName.of("audit", "customer"),
                        List.of("id"))),
                List.of(), Optional.empty()));
    }

    private static Table customer() {
        return new Table(QualifiedName.of("customer"), List.of(
                Column.of("id", Types.INTEGER).notNull().autoincrement(true),
                Column.of("email", Types.varchar(120)).notNull(),
                Column.of("name", new ColumnType.TextType(Optional.of("NOCASE"))),
                Column.of("active", new ColumnType.BooleanType()).notNull().serverDefault(ServerDefault.literal(true)),
                Column.of("rating", Types.numeric(3, 1)).serverDefault(ServerDefault.literal(new BigDecimal("2.5"))),
                Column.of("created", new ColumnType.TimestampType(false)).notNull()
                        .serverDefault(ServerDefault.sql("CURRENT_TIMESTAMP"))),
                Optional.of(PrimaryKey.of("id")),
                List.of(new UniqueConstraint(Optional.of("uq_customer_email"), List.of("email"))),
                List.of(new Index(Optional.of("ix_customer_lower_name"), List.of(new SqlExpression("lower(name)")),
                        true, Optional.of("active"), Map.of())),
                Optional.empty());
    }

    private static Table product() {
        return new Table(QualifiedName.of("product"), List.of(
                Column.of("sku", Types.varchar(20)).notNull(),
                Column.of("warehouse", Types.SMALLINT).notNull(),
                Column.of("title", Types.varchar(200)).notNull().serverDefault(ServerDefault.literal("it's untitled")),
                Column.of("price", Types.numeric(10, 2)).notNull(),
                Column.of("stock", Types.INTEGER).notNull().serverDefault(ServerDefault.literal(-1L))),
                Optional.of(new PrimaryKey(Optional.of("pk_product"), List.of("sku", "warehouse"))),
                List.of(new CheckConstraint(Optional.of("ck_product_stock"), "stock >= -1")),
                List.of(), Optional.empty());
    }

    private static Table purchase() {
        return new Table(QualifiedName.of("purchase"), List.of(
                Column.of("id", Types.INTEGER).notNull(),
                Column.of("customer_id", Types.INTEGER).notNull(),
                Column.of("sku", Types.varchar(20)),
                Column.of("warehouse", Types.SMALLINT),
                Column.of("placed", new ColumnType.DateType())),
                Optional.of(new PrimaryKey(Optional.of("pk_purchase"), List.of("id"))),
                List.of(ForeignKey.of(Optional.of("fk_purchase_customer"), List.of("customer_id"),
                                QualifiedName.of("customer"), List.of("id")).onDelete(ReferentialAction.CASCADE),
                        ForeignKey.of(Optional.of("fk_purchase_product"), List.of("sku", "warehouse"),
                                QualifiedName.of("product"), List.of("sku", "warehouse"))
                                .onUpdate(ReferentialAction.SET_NULL).deferrable(true)
                                .initially(ForeignKey.Initially.DEFERRED)),
                List.of(Index.on(Optional.of("ix_purchase_customer_placed"), List.of("customer_id", "placed"))),
                Optional.empty());
    }
}
