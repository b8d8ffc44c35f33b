package dev.retort.autogenerate;

import static dev.retort.api.Schema.BIG_INTEGER;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.check;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.foreignKey;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.literal;
import static dev.retort.api.Schema.qualified;
import static dev.retort.api.Schema.sql;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static dev.retort.api.Schema.unique;
import static dev.retort.api.Schema.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.ColumnAlteration;
import dev.retort.dialect.Dialects;
import dev.retort.model.MetaData;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.op.RecordingOperations;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.EnumTypeDefinition;
import dev.retort.schema.Identity;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SchemaComparatorTest {
    private static final Table CUSTOMER = table("customer",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)).notNull(),
            unique("uq_customer_name", "name"));

    private static DatabaseSchema schema(Table... tables) {
        return new DatabaseSchema(List.of(tables), List.of(), List.of());
    }

    private static SchemaDiff compare(String dialect, DatabaseSchema wanted, DatabaseSchema actual) {
        return SchemaComparator.forDialect(Dialects.named(dialect), CompareOptions.defaults()).compare(wanted, actual);
    }

    private static List<String> describe(String dialect, DatabaseSchema wanted, DatabaseSchema actual) {
        return compare(dialect, wanted, actual).describe();
    }

    /** An expression index is described by its expressions; a removed index by its table with its schema. */
    @Test
    void indexesAreDescribedByTheirExpressionsAndTheirTablesSchema() {
        Table plain = table(qualified("billing", "invoice"), column("id", INTEGER).primaryKey(),
                column("code", string(10)));
        Table indexed = table(qualified("billing", "invoice"), column("id", INTEGER).primaryKey(),
                column("code", string(10)), index("ix_invoice_code", "code"), index("ix_invoice_lower", sql("lower(code)")));

        assertThat(describe("postgresql", schema(indexed), schema(plain))).containsExactlyInAnyOrder(
                "added index 'ix_invoice_code' on 'billing.invoice' (code)",
                "added index 'ix_invoice_lower' on 'billing.invoice' (lower(code))");
        assertThat(describe("postgresql", schema(plain), schema(indexed))).containsExactlyInAnyOrder(
                "removed index 'ix_invoice_code' on 'billing.invoice'",
                "removed index 'ix_invoice_lower' on 'billing.invoice'");
    }

    /** Where the database writes two enums alike (SQLite: a string with a check), their values tell them apart. */
    @Test
    void anEnumWithAnotherValueIsDescribedByItsValuesWhereItsTypeReadsTheSame() {
        Table before = table("mood", column("id", INTEGER).primaryKey(), column("feel", enumType("feel", "happy", "sad")));
        Table after = table("mood", column("id", INTEGER).primaryKey(),
                column("feel", enumType("feel", "happy", "sad", "ok")));

        assertThat(describe("sqlite", schema(after), schema(before))).singleElement().asString()
                .startsWith("type change from VARCHAR(5) ('happy', 'sad') to VARCHAR(5) ('happy', 'sad', 'ok')");
    }

    /** The database makes an identity column NOT NULL, as SQLAlchemy makes a column with an Identity. */
    @Test
    void anIdentityColumnTheModelsLeaveNullableIsNotNullLikeTheDatabasesOne() {
        Table wanted = table("ticket", column("id", INTEGER).primaryKey(), column("seq", INTEGER)
                .identity(Identity.byDefault()));
        Table actual = table("ticket", column("id", INTEGER).primaryKey(), column("seq", INTEGER).notNull()
                .identity(Identity.byDefault()));

        assertThat(compare("postgresql", schema(wanted), schema(actual)).isEmpty()).isTrue();
    }

    @Test
    void identicalSchemasHaveNoDifferences() {
        assertThat(compare("postgresql", schema(CUSTOMER), schema(CUSTOMER)).isEmpty()).isTrue();
    }

    @Test
    void newTablesAreCreatedReferredTablesFirstAndOldOnesDroppedReferringTablesFirst() {
        Table order = table("purchase", column("id", INTEGER).primaryKey(),
                column("customer_id", INTEGER).references("customer.id"));
        List<Operation> create = compare("postgresql", schema(order, CUSTOMER), schema()).operations();
        assertThat(create).extracting(op -> ((CreateTable) op).table().name().name())
                .containsExactly("customer", "purchase");

        List<Operation> drop = compare("postgresql", schema(), schema(order, CUSTOMER)).operations();
        assertThat(drop).extracting(op -> ((DropTable) op).table().name()).containsExactly("purchase", "customer");
        assertThat(((DropTable) drop.get(0)).existing()).contains(order);
    }

    @Test
    void columnsAddedRemovedAndChangedKeepWhatTheyReplaced() {
        Table before = table("customer", column("id", INTEGER).primaryKey(), column("name", string(30)),
                column("legacy", TEXT), unique("uq_customer_name", "name"));
        List<Operation> operations = compare("postgresql", schema(CUSTOMER.withComment(Optional.empty())),
                schema(before)).operations();

        AlterColumn alter = (AlterColumn) operations.get(0);
        assertThat(alter.column()).isEqualTo("name");
        assertThat(alter.change().type()).contains(string(50));
        assertThat(alter.change().nullable()).contains(false);
        assertThat(alter.existing().type()).contains(string(30));
        assertThat(alter.existing().nullable()).contains(true);
        DropColumn drop = (DropColumn) operations.get(1);
        assertThat(drop.existing()).contains(column("legacy", TEXT));
        assertThat(operations).hasSize(2);
        assertThat(describe("postgresql", schema(CUSTOMER), schema(before))).containsExactly(
                "type change from VARCHAR(30) to VARCHAR(50) on 'customer.name'",
                "NOT NULL on column 'customer.name'",
                "removed column 'customer.legacy'");
        assertThat(compare("postgresql", schema(before), schema(CUSTOMER)).operations())
                .filteredOn(AddColumn.class::isInstance).singleElement()
                .satisfies(add -> assertThat(((AddColumn) add).column()).isEqualTo(column("legacy", TEXT)));
    }

    @Test
    void synonymsOfATypeOnTheDatabaseAreNotChanges() {
        Table withBoolean = table("flag", column("on", dev.retort.api.Schema.BOOLEAN));
        Table withTinyint = table("flag", column("on", dev.retort.api.Schema.mysql("BOOL")));
        assertThat(describe("mysql", schema(withBoolean), schema(withTinyint))).isEmpty();
        assertThat(describe("postgresql", schema(withBoolean), schema(table("flag", column("on", INTEGER)))))
                .containsExactly("type change from INTEGER to BOOLEAN on 'flag.on'");
    }

    @Test
    void serverDefaultsCompareByMeaningNotSpelling() {
        Table wanted = table("item", column("price", dev.retort.api.Schema.numeric(10, 2))
                .serverDefault(literal(1.5)), column("code", string(5)).serverDefault(literal("x'y")),
                column("at", dev.retort.api.Schema.TIMESTAMP).serverDefault(sql("CURRENT_TIMESTAMP")),
                column("label", TEXT).serverDefault(sql("'a' || 'b'")));
        Table echoed = table("item", column("price", dev.retort.api.Schema.numeric(10, 2))
                .serverDefault(sql("1.50")), column("code", string(5)).serverDefault(sql("('x''y'::character varying)")),
                column("at", dev.retort.api.Schema.TIMESTAMP).serverDefault(sql("now()")),
                column("label", TEXT).serverDefault(sql("('a'::text || 'b'::text)")));
        assertThat(describe("postgresql", schema(wanted), schema(echoed))).isEmpty();

        Table changed = table("item", column("price", dev.retort.api.Schema.numeric(10, 2))
                .serverDefault(literal(2)), column("code", string(5)),
                column("at", dev.retort.api.Schema.TIMESTAMP).serverDefault(sql("CURRENT_TIMESTAMP")),
                column("label", TEXT).serverDefault(sql("'a' || 'b'")));
        assertThat(describe("postgresql", schema(wanted), schema(changed))).containsExactly(
                "server default on column 'item.price'", "server default on column 'item.code'");
    }

    /** A database that computes constant defaults: the value it says it keeps for the expression is the same. */
    @Test
    void aDefaultTheDatabaseComputedFromTheModelsExpressionIsTheSame() {
        Table wanted = table("item", column("count", INTEGER).serverDefault(sql("1 + 2")),
                column("size", INTEGER).serverDefault(sql("2 + 2")),
                column("code", string(5)).serverDefault(literal("a")));
        Table echoed = table("item", column("count", INTEGER).serverDefault(literal(3)),
                column("size", INTEGER).serverDefault(literal(3)),
                column("code", string(5)).serverDefault(literal("b")));
        List<String> asked = new java.util.ArrayList<>();
        FoldedDefaults folded = expression -> {
            asked.add(expression.sql());
            return Optional.of(expression.sql().equals("1 + 2") ? literal(3) : literal(4));
        };
        SchemaComparator comparator = SchemaComparator.forDialect(Dialects.named("h2"), CompareOptions.defaults())
                .withFoldedDefaults(folded);

        assertThat(comparator.compare(schema(wanted), schema(echoed)).describe()).containsExactly(
                "server default on column 'item.size'", "server default on column 'item.code'");
        assertThat(asked).containsExactly("1 + 2", "2 + 2");
        assertThat(describe("h2", schema(wanted), schema(echoed))).hasSize(3);
    }

    @Test
    void switchesTurnTypeAndDefaultComparisonOff() {
        Table wanted = table("t", column("a", INTEGER).serverDefault(literal(1)));
        Table actual = table("t", column("a", TEXT));
        CompareOptions off = CompareOptions.defaults().withCompareType(false).withCompareServerDefault(false);
        assertThat(SchemaComparator.forDialect(Dialects.named("postgresql"), off)
                .compare(schema(wanted), schema(actual)).isEmpty()).isTrue();
    }

    @Test
    void aUniqueConstraintMovedToOtherColumnsIsDroppedBeforeItIsCreatedAgain() {
        Table moved = table("customer", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull(),
                unique("uq_customer_name", "id", "name"));
        assertThat(describe("postgresql", schema(moved), schema(CUSTOMER))).containsExactly(
                "removed unique constraint 'uq_customer_name' on 'customer'",
                "added unique constraint 'uq_customer_name' on 'customer' (id, name)");
    }

    @Test
    void uniqueConstraintAndUniqueIndexOnTheSameColumnsAreTheSame() {
        Table asIndex = table("customer", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull(),
                uniqueIndex("uq_customer_name", "name"));
        assertThat(describe("mysql", schema(CUSTOMER), schema(asIndex))).isEmpty();
        assertThat(describe("mysql", schema(asIndex), schema(CUSTOMER))).isEmpty();
    }

    @Test
    void changedIndexIsDroppedAndCreatedAgainAndPartialConditionsCompareByMeaning() {
        Table wanted = table("t", column("a", INTEGER), column("b", INTEGER),
                index("ix_t_a", "a").where("a > 0"), index("ix_t_ab", "a", "b"));
        Table actual = table("t", column("a", INTEGER), column("b", INTEGER),
                index("ix_t_a", "a").where("(a > 0)"), index("ix_t_ab", "b", "a"), index("ix_old", "b"));
        List<Operation> operations = compare("postgresql", schema(wanted), schema(actual)).operations();
        assertThat(operations).hasSize(3);
        assertThat(((DropIndex) operations.get(0)).index().name()).isEqualTo("ix_t_ab");
        assertThat(((CreateIndex) operations.get(1)).index().name()).contains("ix_t_ab");
        assertThat(((DropIndex) operations.get(2)).existing()).contains(index("ix_old", "b"));
    }

    @Test
    void foreignKeyChangesDropBeforeAndAddAfterEverythingElse() {
        Table wanted = table("purchase", column("id", INTEGER).primaryKey(), column("customer_id", INTEGER),
                foreignKey("fk_purchase_customer", List.of("customer_id"), "customer", List.of("id"))
                        .onDelete(ReferentialAction.CASCADE));
        Table actual = table("purchase", column("id", INTEGER).primaryKey(), column("customer_id", INTEGER),
                column("gone", INTEGER),
                foreignKey("fk_purchase_customer", List.of("customer_id"), "customer", List.of("id")));
        List<Operation> operations = compare("postgresql", schema(CUSTOMER, wanted), schema(CUSTOMER, actual))
                .operations();
        assertThat(operations.get(0)).isInstanceOf(DropConstraint.class);
        assertThat(operations.get(1)).isInstanceOf(DropColumn.class);
        assertThat(((CreateForeignKey) operations.get(2)).foreignKey().onDelete()).contains(ReferentialAction.CASCADE);
        // NO ACTION and RESTRICT, and no action at all, are the same
        Table restrict = table("purchase", column("id", INTEGER).primaryKey(), column("customer_id", INTEGER),
                foreignKey("fk_purchase_customer", List.of("customer_id"), "customer", List.of("id"))
                        .onDelete(ReferentialAction.RESTRICT));
        Table none = table("purchase", column("id", INTEGER).primaryKey(), column("customer_id", INTEGER),
                foreignKey("fk_purchase_customer", List.of("customer_id"), "customer", List.of("id")));
        assertThat(describe("mysql", schema(CUSTOMER, none), schema(CUSTOMER, restrict))).isEmpty();
    }

    @Test
    void namedChecksCompareByConditionAndUnnamedOnesAreLeftAlone() {
        Table wanted = table("item", column("qty", INTEGER), check("ck_item_qty", "qty >= 0"));
        Table echoed = table("item", column("qty", INTEGER), check("ck_item_qty", "(qty >= 0)"));
        assertThat(describe("postgresql", schema(wanted), schema(echoed))).isEmpty();
        Table stricter = table("item", column("qty", INTEGER), check("ck_item_qty", "qty > 0"));
        assertThat(describe("postgresql", schema(stricter), schema(echoed))).containsExactly(
                "removed check constraint 'ck_item_qty' on 'item'", "added check constraint 'ck_item_qty' on 'item'");
        Table inList = table("item", column("qty", INTEGER), column("state", string(1)),
                check("ck_item_state", "state IN ('a', 'b')"), check("ck_item_qty", "qty BETWEEN 0 AND 9"));
        Table rewritten = table("item", column("qty", INTEGER), column("state", string(1)),
                check("ck_item_state", "((state)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"),
                check("ck_item_qty", "((qty >= 0) AND (qty <= 9))"));
        assertThat(describe("postgresql", schema(inList), schema(rewritten))).isEmpty();
        Table unnamed = table("item", column("qty", INTEGER),
                new dev.retort.schema.CheckConstraint(Optional.empty(), "qty >= 0"));
        assertThat(describe("sqlite", schema(unnamed), schema(table("item", column("qty", INTEGER),
                check("item_qty_check", "qty >= 0"))))).isEmpty();
    }

    @Test
    void filtersLeaveTablesAndObjectsOut() {
        NameFilter filter = new NameFilter(List.of(), List.of(), List.of(), List.of("audit_*"), List.of("ix_keep*"));
        Table audit = table("audit_log", column("id", INTEGER));
        Table withIndex = table("customer", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull(),
                unique("uq_customer_name", "name"), index("ix_keep_name", "name"));
        SchemaDiff diff = SchemaComparator.forDialect(Dialects.named("postgresql"),
                CompareOptions.defaults().withFilter(filter)).compare(schema(CUSTOMER), schema(CUSTOMER, audit));
        assertThat(diff.isEmpty()).isTrue();
        assertThat(SchemaComparator.forDialect(Dialects.named("postgresql"), CompareOptions.defaults().withFilter(filter))
                .compare(schema(CUSTOMER), schema(withIndex)).isEmpty()).isTrue();
    }

    @Test
    void enumValuesAddedInPlaceAndRemovedOnesNoted() {
        QualifiedName mood = QualifiedName.of("mood");
        DatabaseSchema wanted = new DatabaseSchema(List.of(), List.of(), List.of(new EnumTypeDefinition(mood,
                new ColumnType.EnumType(Optional.of("mood"), List.of("sad", "ok", "happy")))));
        DatabaseSchema actual = new DatabaseSchema(List.of(), List.of(), List.of(new EnumTypeDefinition(mood,
                new ColumnType.EnumType(Optional.of("mood"), List.of("sad", "happy")))));
        assertThat(compare("postgresql", wanted, actual).operations())
                .containsExactly(new Execute("ALTER TYPE mood ADD VALUE 'ok' AFTER 'sad'"));
        SchemaDiff removal = compare("postgresql", actual, wanted);
        assertThat(removal.operations()).isEmpty();
        assertThat(removal.notes()).singleElement().asString().contains("cannot be removed or reordered");
    }

    /** A type a new table's column uses comes with that table's DDL; one no column uses needs SQL of its own. */
    @Test
    void aDeclaredEnumTypeNoColumnUsesIsCreatedFirstAndLeftOutWhereEnumsAreNoTypes() {
        Table ticket = table("ticket", column("id", INTEGER).primaryKey(), column("tier", enumType("tier", "a")));
        DatabaseSchema wanted = MetaData.empty().table(ticket).enumType("mood", "sad", "it's ok")
                .enumType("tier", "a").toSchema();

        assertThat(compare("postgresql", wanted, schema()).operations()).containsExactly(
                new Execute("CREATE TYPE mood AS ENUM ('sad', 'it''s ok')", "DROP TYPE mood"),
                new CreateTable(ticket, false));
        SchemaDiff mysql = compare("mysql", wanted, schema());
        assertThat(mysql.operations()).containsExactly(new CreateTable(ticket, false));
        assertThat(mysql.leftOut()).containsExactly("enum type mood is in the models, but no column uses it and mysql"
                + " keeps enum values in the columns that use them");
    }

    @Test
    void sequencesAreCreatedBeforeTheTablesAndDroppedAfterThemWithTheirDefinitions() {
        Sequence order = Sequence.of(QualifiedName.of("order_seq")).start(100).increment(5);
        Sequence invoice = Sequence.of(QualifiedName.of("billing", "invoice_seq"));
        DatabaseSchema wanted = new DatabaseSchema(List.of(CUSTOMER), List.of(order, invoice), List.of());
        DatabaseSchema none = new DatabaseSchema(List.of(), List.of(), List.of());

        SchemaDiff creation = compare("postgresql", wanted, none);
        assertThat(creation.operations()).containsExactly(new CreateSequence(order, false),
                new CreateSequence(invoice, false), new CreateTable(CUSTOMER, false));
        assertThat(creation.describe()).containsExactly("added sequence 'order_seq'",
                "added sequence 'billing.invoice_seq'", "added table 'customer'");

        SchemaDiff removal = compare("postgresql", none, wanted);
        assertThat(removal.operations()).containsExactly(
                new DropTable(CUSTOMER.name(), Optional.of(CUSTOMER), false),
                new DropSequence(order.name(), Optional.of(order), false),
                new DropSequence(invoice.name(), Optional.of(invoice), false));
        assertThat(removal.describe()).containsExactly("removed table 'customer'",
                "removed sequence 'order_seq'", "removed sequence 'billing.invoice_seq'");
        assertThat(removal.operations().get(1).reverse()).contains(new CreateSequence(order, false));
    }

    @Test
    void aSequenceWhoseNumbersDifferIsAlteredCarryingWhatItWas() {
        Sequence existing = Sequence.of(QualifiedName.of("order_seq"));
        Sequence wanted = existing.start(100).increment(5);

        SchemaDiff diff = compare("postgresql", new DatabaseSchema(List.of(), List.of(wanted), List.of()),
                new DatabaseSchema(List.of(), List.of(existing), List.of()));

        assertThat(diff.operations()).containsExactly(new AlterSequence(wanted, Optional.of(existing)));
        assertThat(diff.describe()).containsExactly("changed sequence 'order_seq'");
        assertThat(describe("postgresql", new DatabaseSchema(List.of(), List.of(wanted), List.of()),
                new DatabaseSchema(List.of(), List.of(wanted), List.of()))).isEmpty();
    }

    @Test
    void identityAndAutoincrementDifferencesAreAlterationsThatKnowWhatTheColumnHad() {
        Table numbered = table("ticket", column("id", INTEGER).primaryKey(), column("title", TEXT));
        Table plain = table("ticket", column("id", INTEGER).primaryKey().autoincrement(false), column("title", TEXT));
        Identity fromHundred = new Identity(true, OptionalLong.of(100), OptionalLong.empty());
        Table identity = table("ticket", column("id", INTEGER).primaryKey().identity(fromHundred),
                column("title", TEXT));

        assertThat(compare("postgresql", schema(numbered), schema(plain)).operations()).containsExactly(
                alterId(alter -> alter.autoincrement(true).existingType(INTEGER).existingNullable(false)
                        .existingServerDefaultAbsent().existingCommentAbsent().existingAutoincrement(false)));
        assertThat(compare("postgresql", schema(plain), schema(numbered)).operations()).containsExactly(
                alterId(alter -> alter.autoincrement(false).existingType(INTEGER).existingNullable(false)
                        .existingServerDefaultAbsent().existingCommentAbsent().existingAutoincrement(true)));
        SchemaDiff serialToIdentity = compare("postgresql", schema(identity), schema(numbered));
        assertThat(serialToIdentity.operations()).containsExactly(alterId(alter -> alter.autoincrement(false)
                .identity(fromHundred).existingType(INTEGER).existingNullable(false).existingServerDefaultAbsent()
                .existingCommentAbsent().existingAutoincrement(true).existingIdentityAbsent()));
        assertThat(serialToIdentity.notes()).isEmpty();
        assertThat(serialToIdentity.describe()).containsExactly("autoincrement off for column 'ticket.id'",
                "identity on column 'ticket.id'");
    }

    @Test
    void anIdentityChangesOnlyWhereTheDatabaseTellsItApartFromPlainNumbering() {
        Table numbered = table("ticket", column("id", INTEGER).primaryKey(), column("title", TEXT));
        Table byDefault = table("ticket", column("id", INTEGER).primaryKey().identity(Identity.byDefault()),
                column("title", TEXT));
        Table always = table("ticket", column("id", INTEGER).primaryKey().identity(Identity.generatedAlways()),
                column("title", TEXT));

        assertThat(describe("h2", schema(byDefault), schema(numbered))).isEmpty();
        assertThat(describe("postgresql", schema(numbered), schema(byDefault))).isEmpty();
        assertThat(describe("postgresql", schema(always), schema(always))).isEmpty();
        assertThat(describe("mysql", schema(always), schema(numbered))).as("MySQL has AUTO_INCREMENT only")
                .isEmpty();
        assertThat(compare("postgresql", schema(numbered), schema(always)).operations()).containsExactly(
                alterId(alter -> alter.identity(Identity.byDefault()).existingType(INTEGER).existingNullable(false)
                        .existingServerDefaultAbsent().existingCommentAbsent()
                        .existingIdentity(Identity.generatedAlways())));
        assertThat(compare("h2", schema(always), schema(byDefault)).operations()).containsExactly(
                alterId(alter -> alter.identity(Identity.generatedAlways()).existingType(INTEGER)
                        .existingNullable(false).existingServerDefaultAbsent().existingCommentAbsent()
                        .existingIdentity(Identity.byDefault())));
    }

    @Test
    void anotherChangeToANumberedColumnSaysItIsNumbered() {
        Table numbered = table("ticket", column("id", INTEGER).primaryKey(), column("title", TEXT));
        Table widened = table("ticket", column("id", BIG_INTEGER).primaryKey(), column("title", TEXT));

        assertThat(compare("mysql", schema(widened), schema(numbered)).operations()).containsExactly(
                alterId(alter -> alter.type(BIG_INTEGER).existingType(INTEGER).existingNullable(false)
                        .existingServerDefaultAbsent().existingCommentAbsent().existingAutoincrement(true)));
    }

    @Test
    void onSqliteALoneIntegerKeyIsTheRowIdAndANumberingChangeGoesInABatch() {
        Table unnumbered = table("ticket", column("id", INTEGER).primaryKey().autoincrement(false),
                column("title", TEXT));
        Table numbered = table("ticket", column("id", INTEGER).primaryKey(), column("title", TEXT));
        Table wideUnnumbered = table("ticket", column("id", BIG_INTEGER).primaryKey().autoincrement(false),
                column("title", TEXT));
        Table wideNumbered = table("ticket", column("id", BIG_INTEGER).primaryKey(), column("title", TEXT));

        assertThat(describe("sqlite", schema(unnumbered), schema(numbered))).isEmpty();
        List<Operation> operations = compare("sqlite", schema(wideNumbered), schema(wideUnnumbered)).operations();
        assertThat(operations).singleElement().isInstanceOfSatisfying(BatchAlterTable.class, batch ->
                assertThat(batch.operations()).containsExactly(alterId(alter -> alter.autoincrement(true)
                        .existingType(BIG_INTEGER).existingNullable(false).existingServerDefaultAbsent()
                        .existingCommentAbsent().existingAutoincrement(false))));
    }

    private static AlterColumn alterId(Consumer<ColumnAlteration> alteration) {
        RecordingOperations operations = new RecordingOperations();
        operations.alterColumn("ticket", "id", alteration);
        return (AlterColumn) operations.operations().get(0);
    }

    @Test
    void aDatabaseWithoutSequencesLeavesThemOutInsteadOfAnOperationItWouldRefuse() {
        DatabaseSchema wanted = new DatabaseSchema(List.of(), List.of(Sequence.of(QualifiedName.of("order_seq"))),
                List.of());

        SchemaDiff diff = compare("mysql", wanted, new DatabaseSchema(List.of(), List.of(), List.of()));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.leftOut()).containsExactly("sequence order_seq is in the models, but mysql has no sequences: "
                + "number rows with an autoincrement column, or leave the sequence out of the models for this database");
    }

    @Test
    void onSqliteTheChangesToATableItCannotAlterComeAsOneBatch() {
        Table before = table("customer", column("id", INTEGER).primaryKey(), column("name", string(30)),
                column("legacy", TEXT));
        Table other = table("note", column("id", INTEGER));
        Table otherAfter = table("note", column("id", INTEGER), column("body", TEXT));
        List<Operation> operations = compare("sqlite", schema(CUSTOMER, otherAfter), schema(before, other))
                .operations();
        assertThat(operations).hasSize(2);
        dev.retort.op.BatchAlterTable batch = (dev.retort.op.BatchAlterTable) operations.get(0);
        assertThat(batch.table()).isEqualTo(QualifiedName.of("customer"));
        assertThat(batch.operations()).extracting(op -> op.getClass().getSimpleName())
                .containsExactly("AlterColumn", "CreateUniqueConstraint", "DropColumn");
        assertThat(operations.get(1)).isInstanceOf(AddColumn.class);
    }

    /** SQLite's DROP COLUMN refuses a column a check or an index names: such a drop comes in a batch. */
    @Test
    void onSqliteADropOfAColumnSomethingElseNamesComesInABatch() {
        Table before = table("orders", column("id", INTEGER).primaryKey(), column("status", string(4)),
                column("note", TEXT), check("status IN ('new', 'paid')"));
        Table after = table("orders", column("id", INTEGER).primaryKey(), column("note", TEXT));
        Table withoutNote = table("orders", column("id", INTEGER).primaryKey(), column("status", string(4)),
                check("status IN ('new', 'paid')"));

        assertThat(compare("sqlite", schema(after), schema(before)).operations()).singleElement()
                .isInstanceOfSatisfying(BatchAlterTable.class, batch -> assertThat(batch.operations())
                        .extracting(op -> op.getClass().getSimpleName()).contains("DropColumn"));
        assertThat(compare("sqlite", schema(withoutNote), schema(before)).operations()).singleElement()
                .isInstanceOf(DropColumn.class);
    }
}
