package dev.retort.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The tables the round trip creates: a customer, their purchases and the purchases' lines, with every
 * column type, default, key, constraint and index every database reads back as written, and comments
 * where the database stores them.
 */
public final class RoundTripModel {

    private RoundTripModel() {
    }

    public static List<Table> tables(Dialect dialect) {
        boolean comments = dialect.capabilities().comments();
        Table customer = Table.of(QualifiedName.of("customer"), List.<TableElement>of(
                Column.of("id", Types.INTEGER).primaryKey(),
                comments ? Column.of("email", Types.varchar(120)).notNull().comment("Where receipts go")
                        : Column.of("email", Types.varchar(120)).notNull(),
                Column.of("name", Types.varchar(50)),
                Column.of("active", new ColumnType.BooleanType()).notNull().serverDefault(ServerDefault.literal(true)),
                Column.of("rating", Types.numeric(3, 1)).serverDefault(ServerDefault.literal(new BigDecimal("2.5"))),
                Column.of("visits", Types.INTEGER).notNull().serverDefault(ServerDefault.literal(0L)),
                Column.of("created", new ColumnType.TimestampType(false))
                        .serverDefault(ServerDefault.sql("CURRENT_TIMESTAMP")),
                Column.of("notes", Types.TEXT),
                Column.of("born", new ColumnType.DateType()),
                Column.of("score", new ColumnType.DoubleType()),
                Column.of("big", Types.BIGINT),
                Column.of("small", Types.SMALLINT),
                Column.of("nickname", Types.varchar(30)).serverDefault(ServerDefault.literal("it's me")),
                new UniqueConstraint(Optional.of("uq_customer_email"), List.of("email")),
                new CheckConstraint(Optional.of("ck_customer_visits"), "visits >= 0"),
                Index.on(Optional.of("ix_customer_name_born"), List.of("name", "born"))));
        if (comments) {
            customer = customer.withComment(Optional.of("People who order"));
        }
        Table purchase = Table.of(QualifiedName.of("purchase"), List.<TableElement>of(
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("customer_id", Types.INTEGER).notNull(),
                Column.of("amount", Types.numeric(10, 2)).notNull(),
                Column.of("placed", new ColumnType.DateType()),
                Column.of("status", Types.varchar(10)).notNull().serverDefault(ServerDefault.literal("new")),
                ForeignKey.of(Optional.of("fk_purchase_customer"), List.of("customer_id"), QualifiedName.of("customer"),
                        List.of("id")).onDelete(ReferentialAction.CASCADE),
                Index.on(Optional.of("ix_purchase_placed"), List.of("placed", "customer_id")),
                Index.on(Optional.of("ix_purchase_status"), List.of("status")).unique(false)));
        Table line = Table.of(QualifiedName.of("line_item"), List.<TableElement>of(
                Column.of("purchase_id", Types.INTEGER).notNull(),
                Column.of("line", Types.SMALLINT).notNull(),
                Column.of("sku", Types.varchar(20)).notNull(),
                Column.of("quantity", Types.INTEGER).notNull().serverDefault(ServerDefault.literal(1L)),
                Column.of("price", new ColumnType.NumericType(OptionalInt.of(8), OptionalInt.of(2))),
                new PrimaryKey(Optional.of("pk_line_item"), List.of("purchase_id", "line")),
                ForeignKey.of(Optional.of("fk_line_item_purchase"), List.of("purchase_id"), QualifiedName.of("purchase"),
                        List.of("id")).onUpdate(ReferentialAction.CASCADE),
                new CheckConstraint(Optional.of("ck_line_item_quantity"), "quantity > 0")));
        List<Table> tables = new ArrayList<>(List.of(customer, purchase, line));
        return tables;
    }
}
