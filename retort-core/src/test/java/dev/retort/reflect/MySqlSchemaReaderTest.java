package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a MariaDB (or MySQL) database written in plain DDL back into the schema model. */
class MySqlSchemaReaderTest {
    private LiveDatabase database;
    private String audit;

    @BeforeEach
    void createSchema() throws Exception {
        database = LiveDatabase.mariadb();
        audit = database.serverName() + "_audit";
        database.execute(
                "CREATE SEQUENCE invoice_number START WITH 1000 INCREMENT BY 10",
                "CREATE SEQUENCE plain_counter",
                """
                CREATE TABLE customer (
                  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                  email VARCHAR(120) NOT NULL COMMENT 'Where receipts go',
                  name TEXT COLLATE utf8mb4_bin,
                  active BOOL NOT NULL DEFAULT true,
                  rating DECIMAL(3, 1) DEFAULT 2.5,
                  created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                  status ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new',
                  profile JSON,
                  CONSTRAINT uq_customer_email UNIQUE (email)
                ) COMMENT 'People who order'""",
                """
                CREATE TABLE product (
                  sku VARCHAR(20) NOT NULL,
                  warehouse SMALLINT NOT NULL,
                  title VARCHAR(200) NOT NULL DEFAULT 'it''s untitled',
                  price DECIMAL(10, 2) NOT NULL,
                  stock INT NOT NULL DEFAULT -1,
                  weight DOUBLE,
                  notes MEDIUMTEXT,
                  restocked DATE DEFAULT (CURRENT_DATE),
                  CONSTRAINT pk_product PRIMARY KEY (sku, warehouse),
                  CONSTRAINT ck_product_stock CHECK (stock >= -1))""",
                """
                CREATE TABLE purchase (
                  id BIGINT NOT NULL PRIMARY KEY,
                  customer_id INT NOT NULL,
                  sku VARCHAR(20),
                  warehouse SMALLINT,
                  placed DATE,
                  CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
                  CONSTRAINT fk_purchase_product FOREIGN KEY (sku, warehouse) REFERENCES product (sku, warehouse)
                    ON UPDATE SET NULL)""",
                "CREATE INDEX ix_purchase_placed_customer ON purchase (placed, customer_id)",
                "CREATE UNIQUE INDEX ix_product_title ON product (title)",
                "CREATE FULLTEXT INDEX ix_product_notes ON product (notes)",
                "CREATE TABLE retort_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                "CREATE DATABASE " + audit,
                "CREATE TABLE " + audit + ".event (id INT NOT NULL PRIMARY KEY, customer_id INT, "
                        + "CONSTRAINT fk_event_customer FOREIGN KEY (customer_id) REFERENCES "
                        + database.serverName() + ".customer (id))");
    }

    @AfterEach
    void dropDatabases() throws Exception {
        try {
            database.execute("DROP DATABASE IF EXISTS " + audit);
        } finally {
            database.close();
        }
    }

    @Test
    void readsEveryTableColumnKeyConstraintIndexAndSequenceOfTheDatabase() {
        DatabaseSchema schema = SchemaReader.forDialect(database.dialect())
                .read(database.connection(), ReflectionScope.defaultSchema());

        assertThat(schema.tables()).extracting(Table::name).containsExactly(QualifiedName.of("customer"),
                QualifiedName.of("product"), QualifiedName.of("purchase"));
        assertThat(schema.table(QualifiedName.of("customer")).orElseThrow()).isEqualTo(customer());
        assertThat(schema.table(QualifiedName.of("product")).orElseThrow()).isEqualTo(product());
        assertThat(schema.table(QualifiedName.of("purchase")).orElseThrow()).isEqualTo(purchase());
        assertThat(schema.sequences()).containsExactly(
                new Sequence(QualifiedName.of("invoice_number"), OptionalLong.of(1000), OptionalLong.of(10),
                        OptionalLong.empty(), OptionalLong.empty(), false),
                Sequence.of(QualifiedName.of("plain_counter")));
        assertThat(schema.enumTypes()).isEmpty();
    }

    /** MariaDB keeps a quote in a check's string as {@code \\'}: the condition is read whole, as written. */
    @Test
    void readsACheckWhoseStringHoldsAQuote() throws Exception {
        database.execute("CREATE TABLE remark (body VARCHAR(20), CONSTRAINT ck_remark_body CHECK (body <> 'it''s'"
                + " AND body <> 'a\\\\b'))");

        Table remark = SchemaReader.forDialect(database.dialect()).read(database.connection(),
                ReflectionScope.defaultSchema()).table(QualifiedName.of("remark")).orElseThrow();

        assertThat(remark.constraints()).singleElement().isInstanceOfSatisfying(CheckConstraint.class, check -> {
            assertThat(check.name()).hasValue("ck_remark_body");
            assertThat(check.condition()).startsWith("body <> 'it").endsWith("b'").doesNotStartWith("(");
        });
    }

    @Test
    void namesTablesOfOtherDatabasesWithTheirDatabaseAndTheirReferencesToTheDefaultOneWithout() {
        DatabaseSchema schema = SchemaReader.forDialect(database.dialect())
                .read(database.connection(), ReflectionScope.schemas(audit));

        assertThat(schema.tables()).containsExactly(new Table(QualifiedName.of(audit, "event"), List.of(
                        Column.of("id", Types.INTEGER).notNull().autoincrement(false),
                        Column.of("customer_id", Types.INTEGER)),
                Optional.of(PrimaryKey.of("id")),
                List.of(ForeignKey.of(Optional.of("fk_event_customer"), List.of("customer_id"),
                        QualifiedName.of("customer"), List.of("id"))),
                List.of(), Optional.empty()));
    }

    private static Table customer() {
        return new Table(QualifiedName.of("customer"), List.of(
                Column.of("id", Types.INTEGER).notNull(),
                Column.of("email", Types.varchar(120)).notNull().comment("Where receipts go"),
                Column.of("name", new ColumnType.TextType(Optional.of("utf8mb4_bin"))),
                Column.of("active", new ColumnType.BooleanType()).notNull().serverDefault(ServerDefault.literal(true)),
                Column.of("rating", Types.numeric(3, 1)).serverDefault(ServerDefault.literal(new BigDecimal("2.5"))),
                Column.of("created", new ColumnType.TimestampType(true)).notNull()
                        .serverDefault(ServerDefault.sql("CURRENT_TIMESTAMP")),
                Column.of("status", new ColumnType.EnumType(Optional.empty(), List.of("new", "paid", "shipped")))
                        .notNull().serverDefault(ServerDefault.literal("new")),
                Column.of("profile", new ColumnType.JsonType())),
                Optional.of(PrimaryKey.of("id")),
                List.of(new UniqueConstraint(Optional.of("uq_customer_email"), List.of("email"))),
                List.of(), Optional.of("People who order"));
    }

    private static Table product() {
        return new Table(QualifiedName.of("product"), List.of(
                Column.of("sku", Types.varchar(20)).notNull(),
                Column.of("warehouse", Types.SMALLINT).notNull(),
                Column.of("title", Types.varchar(200)).notNull().serverDefault(ServerDefault.literal("it's untitled")),
                Column.of("price", Types.numeric(10, 2)).notNull(),
                Column.of("stock", Types.INTEGER).notNull().serverDefault(ServerDefault.literal(-1L)),
                Column.of("weight", new ColumnType.DoubleType()),
                Column.of("notes", new ColumnType.DialectType("mysql", "mediumtext", List.of())),
                Column.of("restocked", new ColumnType.DateType()).serverDefault(ServerDefault.sql("curdate()"))),
                Optional.of(PrimaryKey.of("sku", "warehouse")),
                List.of(new UniqueConstraint(Optional.of("ix_product_title"), List.of("title")),
                        new CheckConstraint(Optional.of("ck_product_stock"), "stock >= -1")),
                List.of(Index.on(Optional.of("ix_product_notes"), List.of("notes"))
                        .dialectOption("mysql_prefix", "FULLTEXT")),
                Optional.empty());
    }

    private static Table purchase() {
        return new Table(QualifiedName.of("purchase"), List.of(
                Column.of("id", Types.BIGINT).notNull().autoincrement(false),
                Column.of("customer_id", Types.INTEGER).notNull(),
                Column.of("sku", Types.varchar(20)),
                Column.of("warehouse", Types.SMALLINT),
                Column.of("placed", new ColumnType.DateType())),
                Optional.of(PrimaryKey.of("id")),
                List.of(ForeignKey.of(Optional.of("fk_purchase_customer"), List.of("customer_id"),
                                QualifiedName.of("customer"), List.of("id")).onDelete(ReferentialAction.CASCADE),
                        ForeignKey.of(Optional.of("fk_purchase_product"), List.of("sku", "warehouse"),
                                QualifiedName.of("product"), List.of("sku", "warehouse"))
                                .onUpdate(ReferentialAction.SET_NULL)),
                List.of(Index.on(Optional.of("ix_purchase_placed_customer"), List.of("placed", "customer_id"))),
                Optional.empty());
    }
}
