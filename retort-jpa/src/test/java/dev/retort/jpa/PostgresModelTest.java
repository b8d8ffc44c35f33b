package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.schema.Autoincrement;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shop's entities as the PostgreSQL schema Hibernate would create, read without a database. */
class PostgresModelTest {
    private static final ColumnType BIGINT = new ColumnType.IntegerType(Width.BIG);
    private static final ColumnType INTEGER = new ColumnType.IntegerType(Width.NORMAL);
    private static DatabaseSchema schema;

    @BeforeAll
    static void readTheShop() {
        schema = JpaModels.read(ShopModel.source(), Dialects.named("postgresql"));
    }

    @Test
    void everyPhysicalTableIsThereInLowerCaseAndTheAbstractUnionRootIsNot() {
        assertThat(schema.tables()).extracting(table -> table.name().toString()).containsExactly("category",
                "creditnote", "customer", "customer_phone", "freightshipment", "invoice", "order_line",
                "parcelshipment", "payment", "product", "product_category", "purchase_order", "shipment");
    }

    @Test
    void anOrderHasItsColumnsKeysIndexAndOrdinalCheckAsHibernateWritesThem() {
        Table expected = new Table(QualifiedName.of("purchase_order"), List.of(
                column("id", BIGINT).notNull().autoincrement(false),
                column("delivery_date", new ColumnType.DateType()),
                column("placed_at", new ColumnType.RawType("timestamp(6) without time zone")).notNull(),
                column("state", new ColumnType.IntegerType(Width.SMALL)),
                column("total", new ColumnType.NumericType(OptionalInt.of(12), OptionalInt.of(2))).notNull(),
                column("tracking_code", new ColumnType.UuidType()),
                column("customer_id", BIGINT).notNull()),
                Optional.of(PrimaryKey.of("id")),
                List.of(new UniqueConstraint(Optional.of("uq_order_tracking"), List.of("tracking_code")),
                        ForeignKey.of(Optional.of("fk_order_customer"), List.of("customer_id"),
                                QualifiedName.of("customer"), List.of("id")),
                        new CheckConstraint(Optional.empty(), "state between 0 and 3")),
                List.of(Index.on(Optional.of("ix_order_customer_placed"), List.of("customer_id", "placed_at"))),
                Optional.empty());

        assertThat(table("purchase_order")).isEqualTo(expected);
    }

    @Test
    void aCustomerHasAnIdentityKeyItsEmbeddedAddressAUniqueEmailAndANamedEnumCheck() {
        Table expected = new Table(QualifiedName.of("customer"), List.of(
                column("id", BIGINT).notNull().identity(Identity.byDefault()),
                column("city", varchar(60)),
                column("postal_code", varchar(10)),
                column("street", varchar(120)),
                column("email", varchar(200)).notNull(),
                column("name", varchar(100)).notNull(),
                column("status", varchar(20)).notNull()),
                Optional.of(PrimaryKey.of("id")),
                List.of(new UniqueConstraint(Optional.empty(), List.of("email")),
                        new CheckConstraint(Optional.empty(), "status in ('ACTIVE','SUSPENDED','CLOSED')")),
                List.of(), Optional.empty());

        assertThat(table("customer")).isEqualTo(expected);
    }

    @Test
    void elementCollectionsHaveTablesKeyedByOwnerAndElementOrOrderColumn() {
        assertThat(table("customer_phone").primaryKey()).contains(PrimaryKey.of("customer_id", "phone"));
        assertThat(foreignKeys("customer_phone")).containsExactly(ForeignKey.of(Optional.of("fk_phone_customer"),
                List.of("customer_id"), QualifiedName.of("customer"), List.of("id")));
        assertThat(table("order_line").columns()).extracting(Column::name)
                .containsExactly("order_id", "quantity", "sku", "unit_price", "line_no");
        assertThat(table("order_line").primaryKey()).contains(PrimaryKey.of("order_id", "line_no"));
        assertThat(table("order_line").column("unit_price").orElseThrow().type())
                .isEqualTo(new ColumnType.NumericType(OptionalInt.of(10), OptionalInt.of(2)));
        assertThat(table("order_line").constraints()).contains(new CheckConstraint(Optional.empty(), "line_no>=0"));
        assertThat(foreignKeys("order_line")).extracting(ForeignKey::name, ForeignKey::referredTable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of("fk7yrmqn07gn80k15tfs34428x6"),
                        QualifiedName.of("purchase_order")));
    }

    @Test
    void aManyToManyJoinTableIsKeyedByBothSidesWithHibernatesForeignKeyNames() {
        Table join = table("product_category");
        assertThat(join.columns()).containsExactly(column("product_id", BIGINT).notNull(),
                column("category_id", INTEGER).notNull());
        assertThat(join.primaryKey()).contains(PrimaryKey.of("product_id", "category_id"));
        assertThat(foreignKeys("product_category")).containsExactly(
                ForeignKey.of(Optional.of("fkja2hwfcn4uqknuehnveejoo0v"), List.of("product_id"),
                        QualifiedName.of("product"), List.of("id")),
                ForeignKey.of(Optional.of("fkpcmsq096b3sna4u2p9xnxlmgf"), List.of("category_id"),
                        QualifiedName.of("category"), List.of("id")));
    }

    @Test
    void singleTableInheritanceHasTheDiscriminatorWithItsCheckAndNullableSubclassColumns() {
        Table payment = table("payment");
        assertThat(payment.columns()).containsExactly(column("kind", varchar(20)).notNull(),
                column("id", new ColumnType.UuidType()).notNull(),
                column("amount", new ColumnType.NumericType(OptionalInt.of(38), OptionalInt.of(2))),
                column("lastdigits", varchar(4)), column("iban", varchar(34)),
                column("purchaseorder_id", BIGINT));
        assertThat(payment.constraints()).contains(new CheckConstraint(Optional.empty(), "kind in ('card','transfer')"));
    }

    @Test
    void joinedInheritanceKeysEachSubclassTableByTheRootsIdentity() {
        assertThat(table("shipment").columns()).containsExactly(
                column("id", BIGINT).notNull().identity(Identity.byDefault()),
                column("dispatchedat", new ColumnType.RawType("timestamp(6) with time zone")));
        assertThat(table("parcelshipment").primaryKey()).contains(PrimaryKey.of("shipment_id"));
        assertThat(table("parcelshipment").column("shipment_id").orElseThrow().autoincrement())
                .isEqualTo(Autoincrement.AUTO);
        assertThat(foreignKeys("parcelshipment")).containsExactly(ForeignKey.of(Optional.of("fk_parcel_shipment"),
                List.of("shipment_id"), QualifiedName.of("shipment"), List.of("id")));
        assertThat(foreignKeys("freightshipment")).extracting(ForeignKey::columns, ForeignKey::referredTable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("id"), QualifiedName.of("shipment")));
    }

    @Test
    void tablePerClassRepeatsTheInheritedColumnsInEachConcreteTable() {
        assertThat(table("invoice").columns()).containsExactly(column("id", BIGINT).notNull().autoincrement(false),
                column("issuedon", new ColumnType.DateType()).notNull(),
                column("amountdue", new ColumnType.NumericType(OptionalInt.of(38), OptionalInt.of(2))));
        assertThat(table("creditnote").columns()).extracting(Column::name).containsExactly("id", "issuedon", "reason");
    }

    @Test
    void columnDefinitionsLengthsAndJavaTypesMapToTheTypesPostgresqlReports() {
        assertThat(table("product").columns()).containsExactly(column("id", BIGINT).notNull().autoincrement(false),
                column("active", new ColumnType.BooleanType()).notNull(),
                column("description", new ColumnType.TextType(Optional.empty())),
                column("image", new ColumnType.BinaryType(OptionalInt.empty())),
                column("sku", varchar(40)).notNull(),
                column("weight", new ColumnType.DoubleType()).notNull());
        assertThat(table("category").column("id").orElseThrow().type()).isEqualTo(INTEGER);
    }

    @Test
    void aSelfReferenceGetsHibernatesGeneratedForeignKeyName() {
        assertThat(foreignKeys("category")).containsExactly(ForeignKey.of(Optional.of("fk5s5t2pfpxo0vnd1ihc43721ty"),
                List.of("parent_id"), QualifiedName.of("category"), List.of("id")));
    }

    @Test
    void sequencesComeFromGeneratorsWithTheirStartAndAllocationSize() {
        assertThat(schema.sequences()).containsExactly(
                new Sequence(QualifiedName.of("document_seq"), OptionalLong.of(1000), OptionalLong.empty(),
                        OptionalLong.empty(), OptionalLong.empty(), false),
                new Sequence(QualifiedName.of("product_seq"), OptionalLong.empty(), OptionalLong.of(50),
                        OptionalLong.empty(), OptionalLong.empty(), false),
                new Sequence(QualifiedName.of("purchase_order_seq"), OptionalLong.empty(), OptionalLong.of(10),
                        OptionalLong.empty(), OptionalLong.empty(), false));
        assertThat(schema.enumTypes()).isEmpty();
    }

    private static Table table(String name) {
        return schema.table(QualifiedName.of(name)).orElseThrow();
    }

    private static List<ForeignKey> foreignKeys(String table) {
        return table(table).constraints().stream().filter(ForeignKey.class::isInstance).map(ForeignKey.class::cast)
                .toList();
    }

    private static Column column(String name, ColumnType type) {
        return Column.of(name, type);
    }

    private static ColumnType varchar(int length) {
        return new ColumnType.StringType(OptionalInt.of(length), Optional.empty());
    }
}
