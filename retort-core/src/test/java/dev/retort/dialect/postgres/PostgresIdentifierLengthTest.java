package dev.retort.dialect.postgres;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.dialect.ddl.IdentifierTooLongException;
import dev.retort.op.AddColumn;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** PostgreSQL keeps the first 63 bytes of a name and drops the rest silently; a longer name is refused. */
class PostgresIdentifierLengthTest {
    private static final String LONGEST = "n".repeat(63);
    private static final String LONG = "n".repeat(64);
    /** 32 characters, 64 bytes in UTF-8. */
    private static final String LONG_IN_BYTES = "é".repeat(32);
    private static final QualifiedName ACCOUNT = QualifiedName.of("account");

    private final DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named("postgresql"));

    @Test
    void aNameOfSixtyThreeBytesIsWritten() {
        assertThat(compiler.compile(new CreateTable(table(LONGEST, column(LONGEST, INTEGER)), false)).get(0))
                .contains("CREATE TABLE " + LONGEST, LONGEST + " INTEGER");
    }

    @Test
    void aLongerNameIsRefusedWithItsLengthAndTheLimit() {
        assertThatThrownBy(() -> compiler.compile(new CreateTable(table(LONG, column("id", INTEGER)), false)))
                .isInstanceOf(IdentifierTooLongException.class)
                .hasMessage("Identifier '" + LONG + "' is 64 bytes long (UTF-8), over the maximum of 63 that PostgreSQL"
                        + " keeps; it would cut the name without a word and no longer match it. Use a name of at most"
                        + " 63 bytes.");
    }

    @Test
    void bytesCountNotCharacters() {
        assertThatThrownBy(() -> compiler.compile(AddColumn.of(ACCOUNT, Column.of(LONG_IN_BYTES, INTEGER))))
                .isInstanceOf(IdentifierTooLongException.class)
                .hasMessageStartingWith("Identifier '" + LONG_IN_BYTES + "' is 64 bytes long (UTF-8)");
    }

    @Test
    void everyKindOfNameIsChecked() {
        assertRefused(new CreateIndex(ACCOUNT, index(LONG, "id"), false, false));
        assertRefused(new CreateCheckConstraint(ACCOUNT, new CheckConstraint(Optional.of(LONG), "id > 0")));
        assertRefused(new CreateSequence(Sequence.of(QualifiedName.of(LONG)), false));
        assertRefused(new CreateTable(table(QualifiedName.of(LONG, "account"), column("id", INTEGER)), false));
        assertRefused(new CreateTable(table("account", column("mood", enumType(LONG, "happy"))), false));
    }

    private void assertRefused(Operation operation) {
        assertThatThrownBy(() -> compiler.compile(operation)).as(operation.toString())
                .isInstanceOfSatisfying(IdentifierTooLongException.class, refused -> {
                    assertThat(refused.identifier()).isEqualTo(LONG);
                    assertThat(refused.bytes()).isEqualTo(64);
                    assertThat(refused.limit()).isEqualTo(63);
                });
    }
}
