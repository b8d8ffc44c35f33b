package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.EnumTypeDefinition;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a PostgreSQL schema written in plain DDL back into the schema model. */
class PostgresSchemaReaderTest {
    private static final ColumnType.EnumType ORDER_STATUS =
            new ColumnType.EnumType(Optional.of("order_status"), List.of("new", "paid", "shipped"));

    private LiveDatabase database;

    @BeforeEach
    void createSchema() throws Exception {
        database = LiveDatabase.postgres();
        database.execute(
                "CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped')",
                "CREATE SEQUENCE invoice_number START WITH 1000 INCREMENT BY 10",
                "CREATE SEQUENCE plain_counter",
                """
                CREATE TABLE customer (
                  id SERIAL PRIMARY KEY,
                  email VARCHAR(120) NOT NULL,
                  name TEXT COLLATE "C",
                  active BOOLEAN NOT NULL DEFAULT true,
                  rating NUMERIC(3, 1) DEFAULT 2.5,
                  created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                  CONSTRAINT uq_customer_email UNIQUE (email))""",
                "COMMENT ON TABLE customer IS 'People who order'",
                "COMMENT ON COLUMN customer.email IS 'Where receipts go'",
                """
                CREATE TABLE product (
                  sku VARCHAR(20) NOT NULL,
                  warehouse SMALLINT NOT NULL,
                  title VARCHAR(200) NOT NULL DEFAULT 'it''s untitled',
                  price NUMERIC(10, 2) NOT NULL,
                  stock INTEGER NOT NULL DEFAULT -1,
                  weight REAL,
                  tags TEXT[],
                  attributes JSONB,
                  CONSTRAINT pk_product PRIMARY KEY (sku, warehouse),
                  CONSTRAINT ck_product_stock CHECK (stock >= -1))""",
                """
                CREATE TABLE purchase (
                  id BIGINT GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5) PRIMARY KEY,
                  customer_id INTEGER NOT NULL,
                  sku VARCHAR(20),
                  warehouse SMALLINT,
                  status order_status NOT NULL DEFAULT 'new',
                  placed DATE,
                  invoice BIGINT DEFAULT nextval('invoice_number'),
                  CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
                  CONSTRAINT fk_purchase_product FOREIGN KEY (sku, warehouse) REFERENCES product (sku, warehouse)
                    ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED)""",
                "CREATE INDEX ix_purchase_customer_placed ON purchase (customer_id, placed)",
                "CREATE UNIQUE INDEX ix_customer_lower_name ON customer (lower(name))",
                "CREATE INDEX ix_purchase_open ON purchase (placed) WHERE status <> 'shipped'",
                "CREATE INDEX ix_product_attributes ON product USING gin (attributes)",
                "CREATE SCHEMA audit",
                """
                CREATE TABLE audit.event (
                  id INTEGER NOT NULL PRIMARY KEY,
                  customer_id INTEGER REFERENCES public.customer (id),
                  payload JSON)""",
                "CREATE TABLE retort_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
    }

    @AfterEach
    void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void readsEveryTableColumnKeyConstraintIndexSequenceAndEnumOfTheDefaultSchema() {
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
        assertThat(schema.enumTypes()).containsExactly(
                new EnumTypeDefinition(QualifiedName.of("order_status"), ORDER_STATUS));
    }

    @Test
    void namesTablesOfOtherSchemasWithTheirSchemaAndTheirReferencesToTheDefaultOneWithout() {
        DatabaseSchema schema = SchemaReader.forDialect(database.dialect())
                .read(database.connection(), ReflectionScope.schemas("audit"));

        QualifiedName event = QualifiedName.of("audit", "event");
        assertThat(schema.tables()).containsExactly(new Table(event, List.of(
                        Column.of("id", Types.INTEGER).notNull().autoincrement(false),
                        Column.of("customer_id", Types.INTEGER),
                        Column.of("payload", new ColumnType.JsonType())),
                Optional.of(new PrimaryKey(Optional.of("event_pkey"), List.of("id"))),
                List.of(ForeignKey.of(Optional.of("event_customer_id_fkey"), List.of("customer_id"),
                        QualifiedName.of("customer"), List.of("id"))),
                List.of(), Optional.empty()));
        assertThat(schema.sequences()).isEmpty();
        assertThat(schema.enumTypes()).isEmpty();
    }

    @Test
    void readsTheVersionTableWhenTheScopeLeavesOutAnotherOne() {
        DatabaseSchema schema = SchemaReader.forDialect(database.dialect()).read(database.connection(),
                ReflectionScope.defaultSchema().withVersionTable(QualifiedName.of("alembic_version")));

        assertThat(schema.tables()).extracting(Table::name).contains(QualifiedName.of("retort_version"));
    }

    @Test
    void aSerialOutsideTheKeyKeepsItsNextvalDefaultSinceTheModelCannotNumberIt() throws Exception {
        database.execute("CREATE TABLE ticket (code VARCHAR(3) PRIMARY KEY, counter SERIAL)");

        Table ticket = SchemaReader.forDialect(database.dialect())
                .read(database.connection(), ReflectionScope.defaultSchema()).table(QualifiedName.of("ticket"))
                .orElseThrow();

        assertThat(ticket.columns()).containsExactly(
                Column.of("code", Types.varchar(3)).notNull(),
                Column.of("counter", Types.INTEGER).notNull()
                        .serverDefault(ServerDefault.sql("nextval('ticket_counter_seq'::regclass)")));
    }

    private static Table customer() {
        return new Table(QualifiedName.of("customer"), List.of(
                Column.of("id", Types.INTEGER).notNull(),
                Column.of("email", Types.varchar(120)).notNull().comment("Where receipts go"),
                Column.of("name", new ColumnType.TextType(Optional.of("C"))),
                Column.of("active", new ColumnType.BooleanType()).notNull().serverDefault(ServerDefault.literal(true)),
                Column.of("rating", Types.numeric(3, 1)).serverDefault(ServerDefault.literal(new BigDecimal("2.5"))),
                Column.of("created", new ColumnType.TimestampType(true)).notNull()
                        .serverDefault(ServerDefault.sql("now()"))),
                Optional.of(new PrimaryKey(Optional.of("customer_pkey"), List.of("id"))),
                List.of(new UniqueConstraint(Optional.of("uq_customer_email"), List.of("email"))),
                List.of(new Index(Optional.of("ix_customer_lower_name"), List.of(new SqlExpression("lower(name)")),
                        true, Optional.empty(), Map.of())),
                Optional.of("People who order"));
    }

    private static Table product() {
        return new Table(QualifiedName.of("product"), List.of(
                Column.of("sku", Types.varchar(20)).notNull(),
                Column.of("warehouse", Types.SMALLINT).notNull(),
                Column.of("title", Types.varchar(200)).notNull().serverDefault(ServerDefault.literal("it's untitled")),
                Column.of("price", Types.numeric(10, 2)).notNull(),
                Column.of("stock", Types.INTEGER).notNull().serverDefault(ServerDefault.literal(-1L)),
                Column.of("weight", new ColumnType.FloatType(OptionalInt.of(24))),
                Column.of("tags", new ColumnType.ArrayType(new ColumnType.TextType(Optional.empty()), 1)),
                Column.of("attributes", new ColumnType.DialectType("postgresql", "jsonb", List.of()))),
                Optional.of(new PrimaryKey(Optional.of("pk_product"), List.of("sku", "warehouse"))),
                List.of(new CheckConstraint(Optional.of("ck_product_stock"), "stock >= '-1'::integer")),
                List.of(Index.on(Optional.of("ix_product_attributes"), List.of("attributes"))
                        .dialectOption("postgresql_using", "gin")),
                Optional.empty());
    }

    private static Table purchase() {
        return new Table(QualifiedName.of("purchase"), List.of(
                Column.of("id", Types.BIGINT).notNull().identity(new Identity(true, OptionalLong.of(100),
                        OptionalLong.of(5))),
                Column.of("customer_id", Types.INTEGER).notNull(),
                Column.of("sku", Types.varchar(20)),
                Column.of("warehouse", Types.SMALLINT),
                Column.of("status", ORDER_STATUS).notNull().serverDefault(ServerDefault.literal("new")),
                Column.of("placed", new ColumnType.DateType()),
                Column.of("invoice", Types.BIGINT)
                        .serverDefault(ServerDefault.sql("nextval('invoice_number'::regclass)"))),
                Optional.of(new PrimaryKey(Optional.of("purchase_pkey"), List.of("id"))),
                List.of(ForeignKey.of(Optional.of("fk_purchase_customer"), List.of("customer_id"),
                                QualifiedName.of("customer"), List.of("id")).onDelete(ReferentialAction.CASCADE),
                        ForeignKey.of(Optional.of("fk_purchase_product"), List.of("sku", "warehouse"),
                                QualifiedName.of("product"), List.of("sku", "warehouse"))
                                .onUpdate(ReferentialAction.SET_NULL).deferrable(true)
                                .initially(ForeignKey.Initially.DEFERRED)),
                List.of(Index.on(Optional.of("ix_purchase_customer_placed"), List.of("customer_id", "placed")),
                        new Index(Optional.of("ix_purchase_open"), List.of(new IndexColumn("placed")), false,
                                Optional.of("status <> 'shipped'::order_status"), Map.of())),
                Optional.empty());
    }
}
