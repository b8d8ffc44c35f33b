package dev.retort.autogenerate.render;

import static dev.retort.api.Schema.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.AddColumn;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateTable;
import dev.retort.op.CreateTableComment;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropTable;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact text of rendered statements: line breaks, continuation indents, escapes and imports. */
class RenderedSourceTest {
    private static final QualifiedName ACCOUNT = QualifiedName.of("account");

    @Test
    void aStatementThatFitsStaysOnOneLine() {
        assertThat(upgrade(AddColumn.of(ACCOUNT, column("age", SMALL_INTEGER).serverDefault(literal(0)))))
                .isEqualTo("op.addColumn(\"account\", column(\"age\", SMALL_INTEGER).serverDefault(literal(0)));");
    }

    @Test
    void stringsAreEscapedAsJavaLiterals() {
        String comment = "say \"hi\" \\ tab\t line\nend \u0001 caf\u00e9 \\u0041 \ud800";

        assertThat(upgrade(new CreateTableComment(ACCOUNT, comment, Optional.empty()))).isEqualTo(
                "op.createTableComment(\"account\", \"say \\\"hi\\\" \\\\ tab\\t line\\n\"\n"
                        + "        + \"end \\001 caf\u00e9 \\\\u0041 \\ud800\");");
    }

    @Test
    void argumentsThatDoNotFitFillContinuationLinesIndentedByEight() {
        assertThat(upgrade(new CreateForeignKey(QualifiedName.of("order_line"), foreignKey(
                "fk_order_line_order_id_order_header", List.of("order_id", "order_version"), "order_header",
                List.of("id", "version")).onDelete(CASCADE).onUpdate(CASCADE)))).isEqualTo("""
                op.createForeignKey("fk_order_line_order_id_order_header", "order_line", "order_header",
                        List.of("order_id", "order_version"), List.of("id", "version"),
                        fk -> fk.onDelete(CASCADE).onUpdate(CASCADE));""");
    }

    @Test
    void aTableListsOneElementALineAndALongColumnBreaksBeforeEachCall() {
        assertThat(upgrade(new CreateTable(table("account",
                column("id", INTEGER).primaryKey(),
                column("description", string(2000)).notNull().serverDefault(literal("nothing to say yet"))
                        .comment("What the account holder wrote about themselves")), false))).isEqualTo("""
                op.createTable("account",
                        column("id", INTEGER).primaryKey(),
                        column("description", string(2000))
                                .notNull()
                                .serverDefault(literal("nothing to say yet"))
                                .comment("What the account holder wrote about themselves"));""");
    }

    @Test
    void aCheckConstraintTheDatabaseNamesIsWrittenWithTheSchemaFactoryAndNoImports() {
        Operation create = new CreateTable(table("pet", column("insured", string(1)).notNull(),
                check("insured in ('N','Y')")), false);

        assertThat(upgrade(create)).isEqualTo("""
                op.createTable("pet",
                        column("insured", string(1)).notNull(),
                        check("insured in ('N','Y')"));""");
        assertThat(RevisionRenderer.java(List.of(create)).imports()).isEmpty();
    }

    @Test
    void computedColumnsShowTheirExpressionAndVirtualOnesSaySo() {
        assertThat(upgrade(AddColumn.of(ACCOUNT, column("total", INTEGER).notNull().computed("price * quantity"))))
                .isEqualTo("op.addColumn(\"account\", column(\"total\", INTEGER).notNull()"
                        + ".computed(\"price * quantity\"));");
        assertThat(upgrade(AddColumn.of(ACCOUNT, column("twice", INTEGER).computed(virtual("quantity * 2")))))
                .isEqualTo("op.addColumn(\"account\", column(\"twice\", INTEGER)"
                        + ".computed(virtual(\"quantity * 2\")));");
        assertThat(RevisionRenderer.java(List.of(AddColumn.of(ACCOUNT, column("twice", INTEGER)
                .computed(virtual("quantity * 2"))))).imports()).isEmpty();
    }

    @Test
    void sqlWithLineBreaksIsWrittenOneLineOfSqlALine() {
        assertThat(upgrade(new Execute("UPDATE account\nSET name = 'x'\nWHERE id = 1"))).isEqualTo("""
                op.execute("UPDATE account\\n"
                        + "SET name = 'x'\\n"
                        + "WHERE id = 1");""");
    }

    @Test
    void tablesInASchemaAreChangedThroughTheSchemaView() {
        assertThat(upgrade(new DropColumn(QualifiedName.of("billing", "invoice"), "legacy", Optional.empty(), false)))
                .endsWith("op.schema(\"billing\").dropColumn(\"invoice\", \"legacy\");");
    }

    @Test
    void importsAreOnlyThoseTheCodeUses() {
        assertThat(RevisionRenderer.java(List.of(AddColumn.of(ACCOUNT, column("a", INTEGER)))).imports()).isEmpty();
        assertThat(RevisionRenderer.java(List.of(AddColumn.of(ACCOUNT, column("a", numeric(5, 2))
                .serverDefault(literal(new java.math.BigDecimal("1.50")))))).imports())
                .containsExactly("java.math.BigDecimal");
    }

    @Test
    void whatTheApiCannotSayIsLeftOutWithANote() {
        RenderedRevision rendered = RevisionRenderer.java(List.of(
                new DropTable(ACCOUNT, Optional.of(table("account", column("id", INTEGER))), true),
                new DropConstraint(ACCOUNT, "uq_x", Optional.empty(), Optional.empty(), true),
                new DropIndex(QualifiedName.of("ix_x"), Optional.empty(), Optional.empty(), true, false)));

        assertThat(rendered.upgradeBody()).isEqualTo("""
                // REVIEW: drops table account and every row in it
                // REVIEW: dropTable cannot say IF EXISTS together with the definition of table account; the drop below has no
                //     IF EXISTS
                op.dropTable(table("account", column("id", INTEGER)));
                // REVIEW: dropConstraint cannot say IF EXISTS without its kind; the drop of uq_x below has no IF EXISTS
                op.dropConstraint("uq_x", "account");
                // REVIEW: dropIndex cannot say CONCURRENTLY or IF EXISTS without the table; the drop of ix_x below has neither
                op.dropIndex("ix_x");""");
    }

    private static String upgrade(Operation operation) {
        return RevisionRenderer.java(List.of(operation)).upgradeBody();
    }
}
