package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.ColumnType.IntegerType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConstraintAndIndexTest {
    private static final ColumnType INTEGER = new IntegerType(IntegerType.Width.NORMAL);

    @Test
    void foreignKeyNeedsOneReferredColumnPerColumn() {
        assertThatThrownBy(() -> ForeignKey.of(Optional.of("fk"), List.of("a", "b"), QualifiedName.of("t"), List.of("id")))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("foreign key fk: it has 2 columns [a, b] but refers to 1 [id]; give one each");
    }

    @Test
    void foreignKeyOptionsReturnCopies() {
        ForeignKey plain = ForeignKey.of(Optional.of("fk"), List.of("a"), QualifiedName.of("t"), List.of("id"));
        ForeignKey full = plain.onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.SET_NULL)
                .deferrable(true).initially(ForeignKey.Initially.DEFERRED).match(ForeignKey.Match.FULL);

        assertThat(plain.onDelete()).isEmpty();
        assertThat(full.onDelete()).contains(ReferentialAction.CASCADE);
        assertThat(full.onUpdate()).contains(ReferentialAction.SET_NULL);
        assertThat(full.deferrable()).contains(true);
        assertThat(full.initially()).contains(ForeignKey.Initially.DEFERRED);
        assertThat(full.match()).contains(ForeignKey.Match.FULL);
        assertThat(full.kind()).isEqualTo(ConstraintKind.FOREIGN_KEY);
    }

    @Test
    void referentialActionsParseFromSqlWords() {
        assertThat(ReferentialAction.parse("cascade")).isEqualTo(ReferentialAction.CASCADE);
        assertThat(ReferentialAction.parse(" set   null ")).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(ReferentialAction.SET_DEFAULT.sql()).isEqualTo("SET DEFAULT");
        assertThatThrownBy(() -> ReferentialAction.parse("explode"))
                .hasMessage("referential action 'explode': use one of CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION");
    }

    @Test
    void columnReferencesAreWrittenTableDotColumn() {
        Column column = Column.of("account_id", INTEGER).references("account.id");
        assertThat(column.inline().references()).contains(
                ForeignKey.of(Optional.empty(), List.of("account_id"), QualifiedName.of("account"), List.of("id")));
        assertThatThrownBy(() -> Column.of("account_id", INTEGER).references("account"))
                .hasMessage("reference 'account' of column account_id: write it as table.column or schema.table.column");
    }

    @Test
    void inlineForeignKeyMustStartFromItsColumn() {
        ForeignKey other = ForeignKey.of(Optional.empty(), List.of("x"), QualifiedName.of("t"), List.of("id"));
        assertThatThrownBy(() -> Column.of("account_id", INTEGER).references(other))
                .hasMessageContaining("its inline foreign key must have this column as its only column, not [x]");
        assertThat(Column.of("a", INTEGER).references("t.id").withName("b").inline().references())
                .map(ForeignKey::columns).contains(List.of("b"));
    }

    @Test
    void checkConstraintNeedsACondition() {
        assertThatThrownBy(() -> new CheckConstraint(Optional.of("ck"), ""))
                .hasMessage("condition of check constraint ck: the SQL text must not be empty");
    }

    @Test
    void constraintColumnsMayNotRepeat() {
        assertThatThrownBy(() -> new PrimaryKey(Optional.empty(), List.of("a", "a")))
                .hasMessage("primary key (unnamed): columns listed twice: [a]");
    }

    @Test
    void indexNeedsElementsAndWellNamedDialectOptions() {
        assertThatThrownBy(() -> new Index(Optional.of("ix"), List.of(), false, Optional.empty(), Map.of()))
                .hasMessage("index ix: an index needs at least one column or expression");
        assertThatThrownBy(() -> Index.on(Optional.of("ix"), List.of("a")).dialectOption("using", "gin"))
                .hasMessage("index ix: dialect options are named <dialect>_<option>, such as postgresql_using, not 'using'");
        assertThatThrownBy(() -> Index.on(Optional.of("ix"), List.of("a")).where(" "))
                .hasMessageContaining("where condition of index ix");
    }

    @Test
    void indexBuildersReturnCopies() {
        Index plain = Index.on(Optional.of("ix"), List.of("a", "b"));
        Index partial = plain.unique(true).where("deleted_at IS NULL").dialectOption("postgresql_using", "btree");

        assertThat(plain.unique()).isFalse();
        assertThat(partial.unique()).isTrue();
        assertThat(partial.where()).contains("deleted_at IS NULL");
        assertThat(partial.dialectOptions()).containsEntry("postgresql_using", "btree");
        assertThat(partial.columnNames()).containsExactly("a", "b");
    }

    @Test
    void serverDefaultLiteralsAreStringsNumbersOrBooleans() {
        assertThat(ServerDefault.literal("00000")).isEqualTo(new ServerDefault.Literal("00000"));
        assertThat(ServerDefault.literal(0).value()).isEqualTo(0);
        assertThat(ServerDefault.sql("CURRENT_TIMESTAMP")).isEqualTo(new SqlExpression("CURRENT_TIMESTAMP"));
        assertThatThrownBy(() -> ServerDefault.literal(new Object()))
                .hasMessageContaining("a literal default is a string, number or boolean; write other values as sql(\"...\")");
    }

    @Test
    void columnPositionsNameAColumn() {
        assertThat(ColumnPosition.after("id")).isEqualTo(new ColumnPosition(ColumnPosition.Placement.AFTER, "id"));
        assertThatThrownBy(() -> ColumnPosition.before("")).hasMessageContaining("column to place against");
    }

    @Test
    void identityIncrementIsNotZero() {
        assertThatThrownBy(() -> new Identity(true, java.util.OptionalLong.empty(), java.util.OptionalLong.of(0)))
                .hasMessage("identity: the increment must not be 0");
    }
}
