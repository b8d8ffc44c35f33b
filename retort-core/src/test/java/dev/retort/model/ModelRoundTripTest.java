package dev.retort.model;

import static dev.retort.api.Schema.BOOLEAN;
import static dev.retort.api.Schema.CASCADE;
import static dev.retort.api.Schema.DATE;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.SMALL_INTEGER;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.TIMESTAMP;
import static dev.retort.api.Schema.check;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.literal;
import static dev.retort.api.Schema.numeric;
import static dev.retort.api.Schema.sql;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.op.CreateTable;
import dev.retort.reflect.ReflectionScope;
import dev.retort.reflect.SchemaReader;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database made from the models (each table created by the dialect's DDL compiler, each sequence by
 * {@code CREATE SEQUENCE}) reads back equal to the models' schema: names the convention gave, order,
 * defaults, comments, enum types and sequences included.
 */
class ModelRoundTripTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql"})
    void aDatabaseMadeFromTheModelsReadsBackAsTheModels(String kind) throws Exception {
        try (ModelDatabase database = ModelDatabase.open(kind, directory)) {
            boolean postgres = kind.equals("postgresql");
            MetaData models = shop(database.dialect().capabilities().comments(), postgres);
            DatabaseSchema model = models.toSchema();
            DdlCompiler compiler = DdlCompilers.forDialect(database.dialect());
            for (Sequence sequence : model.sequences()) {
                database.execute(List.of("CREATE SEQUENCE " + sequence.name() + " START WITH "
                        + sequence.start().orElse(1)));
            }
            // In the order declared, so that each table exists before the foreign keys to it.
            for (Table declared : models.tables()) {
                Table table = model.table(declared.name()).orElseThrow();
                database.execute(compiler.compile(new CreateTable(table, false)));
            }

            DatabaseSchema read = SchemaReader.forDialect(database.dialect())
                    .read(database.connection(), ReflectionScope.defaultSchema());

            for (Table table : model.tables()) {
                assertThat(read.table(table.name())).as("table " + table.name()).contains(table);
            }
            assertThat(read).isEqualTo(model);
        }
    }

    /** A shop; enum types and sequences only where the database has them as objects of their own. */
    private static MetaData shop(boolean comments, boolean postgres) {
        Table customer = table("customer",
                column("id", INTEGER).primaryKey(),
                column("email", string(120)).notNull().unique(),
                column("name", string(50)),
                column("active", BOOLEAN).notNull().serverDefault(literal(true)),
                column("rating", numeric(3, 1)).serverDefault(literal(new BigDecimal("2.5"))),
                column("created", TIMESTAMP).serverDefault(sql("CURRENT_TIMESTAMP")),
                column("born", DATE),
                column("visits", INTEGER).notNull().serverDefault(literal(0L)),
                check("visits", "visits >= 0"),
                Unnamed.index("name", "born"));
        if (comments) {
            customer = customer.withComment(Optional.of("People who order"));
        }
        Table purchase = table("purchase",
                column("id", INTEGER).primaryKey(),
                column("customer_id", INTEGER).notNull(),
                column("amount", numeric(10, 2)).notNull(),
                column("status", postgres ? enumType("purchase_status", "new", "paid") : string(10)).notNull()
                        .serverDefault(literal("new")),
                Unnamed.foreignKey(List.of("customer_id"), "customer", List.of("id")).onDelete(CASCADE),
                Unnamed.index("status"));
        Table line = table("line_item",
                column("purchase_id", INTEGER).notNull().references("purchase.id"),
                column("line", SMALL_INTEGER).notNull(),
                column("sku", string(20)).notNull(),
                column("quantity", INTEGER).notNull().serverDefault(literal(1L)),
                column("note", TEXT),
                Unnamed.primaryKey("purchase_id", "line"),
                check("quantity", "quantity > 0"));
        MetaData models = MetaData.empty()
                .namingConvention(NamingConvention.RECOMMENDED)
                .table(customer, purchase, line);
        return postgres ? models.sequence(new Sequence(QualifiedName.of("invoice_number"), OptionalLong.of(1000),
                OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), false)) : models;
    }
}
