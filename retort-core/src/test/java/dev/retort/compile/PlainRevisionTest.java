package dev.retort.compile;

import static dev.retort.compile.RevisionFiles.recording;
import static dev.retort.compile.RevisionFiles.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.api.ColumnAlteration;
import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.Change;
import dev.retort.op.CreateTable;
import dev.retort.op.Existing;
import dev.retort.op.Operation;
import dev.retort.op.RecordingOperations;
import dev.retort.schema.Column;
import dev.retort.schema.Computed;
import dev.retort.schema.Identity;
import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.ServerDefault;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions made only of operation calls run without javac, making exactly the calls their class would. */
class PlainRevisionTest {
    private static final String OPERATIONS = """
            op.createTable("account", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull(),
                    unique("uq_account_name", "name"));
            // a comment; "not a string"
            op.addColumn("account", column("email", string(200, "C")).comment("tab\\there \\"quoted\\""));
            op.createIndex("ix_account_name", "account", "name");
            op.createIndex("ix_account_two", "account", "name", "email");
            op.dropIndex("ix_account_two", "account");
            """;

    @TempDir
    Path root;

    private final CountingCompiler javac = new CountingCompiler();

    private RevisionFiles files() {
        return new RevisionFiles(root.resolve("versions"));
    }

    private RevisionCompiler compiler() {
        return new RevisionCompiler(root.resolve("cache"), List.of(), javac, CacheKeys.current());
    }

    /** A revision with static Schema imports whose upgrade holds {@code body} and whose downgrade drops a table. */
    private static String withBody(String className, String id, String body) {
        return """
                import static dev.retort.api.Schema.*;

                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                /** A doc comment (with "quotes"). */
                @Revision(id = "%s", revises = {}, message = "plain")
                final class %s implements Migration {

                    @Override
                    public void upgrade(Operations op) {
                %s    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("account");
                    }
                }
                """.formatted(id, className, body.indent(8));
    }

    /** The calls of the upgrade, then of the downgrade, with array arguments written out. */
    private static List<String> calls(Migration migration) throws Exception {
        return callsWhen(false, migration);
    }

    /** The operations the upgrade, then the downgrade, record, lambdas' work included. */
    private static List<Operation> recorded(Migration migration) throws Exception {
        RecordingOperations op = new RecordingOperations();
        migration.upgrade(op);
        migration.downgrade(op);
        return op.operations();
    }

    /**
     * The operations the revision's upgrade, then downgrade, record when interpreted, once checked to be those its
     * class compiled by javac records.
     */
    private List<Operation> recordedAsCompiled(String source) throws Exception {
        RevisionScript file = files().write("aaaa00000001", source);
        Migration interpreted = PlainRevision.of(source).orElseThrow();
        Migration compiled = compiler().load(List.of(file)).get("aaaa00000001");
        assertThat(recorded(interpreted)).isEqualTo(recorded(compiled));
        return recorded(interpreted);
    }

    private static String withListImport(String source) {
        return source.replace("import dev.retort.api.Revision;\n",
                "import dev.retort.api.Revision;\nimport java.util.List;\n");
    }

    @Test
    void plainRevisionMakesTheCallsItsCompiledClassMakes() throws Exception {
        RevisionScript plain = files().write("aaaa00000001", withBody("Plain", "aaaa00000001", OPERATIONS));

        Migration interpreted = PlainRevision.of(withBody("Plain", "aaaa00000001", OPERATIONS)).orElseThrow();
        Migration compiled = compiler().load(List.of(plain)).get("aaaa00000001");

        assertThat(calls(interpreted)).isEqualTo(calls(compiled)).hasSize(6);
        assertThat(calls(interpreted).get(0)).contains("uq_account_name");
        assertThat(calls(interpreted).get(1)).contains("tab\there \"quoted\"");
        assertThat(calls(interpreted).get(3)).endsWith("[ix_account_two, account, [name, email]]");
    }

    @Test
    void loadingCompilesOnlyTheRevisionsThatAreMoreThanOperationCalls() throws Exception {
        RevisionScript plain = files().write("aaaa00000001", revision("Plain_1", "aaaa00000001", "SELECT 1"));
        RevisionScript loop = files().write("aaaa00000002", withLoop("Loop", "aaaa00000002"));
        RevisionScript overValues = files().write("aaaa00000003", withBody("Values", "aaaa00000003",
                "for (String table : new String[] {\"t_2\", \"t_3\"}) {\n    op.dropTable(table);\n}\n"));

        Map<String, Migration> migrations = compiler().loadWithoutCompilingPlain(List.of(loop, plain, overValues));

        assertThat(migrations.keySet()).containsExactly("aaaa00000002", "aaaa00000001", "aaaa00000003");
        assertThat(javac.batches()).containsExactly(List.of("aaaa00000002_rev.java"));
        List<String> calls = new ArrayList<>();
        migrations.get("aaaa00000001").upgrade(recording(calls));
        migrations.get("aaaa00000002").upgrade(recording(calls));
        migrations.get("aaaa00000003").upgrade(recording(calls));
        assertThat(calls).containsExactly("execute(SELECT 1)", "dropTable(t_1)", "dropTable(t_2)", "dropTable(t_3)");
    }

    /** A revision whose upgrade counts in a loop: more than plain statements. */
    private static String withLoop(String className, String id) {
        return withBody(className, id, "for (int i = 1; i <= 1; i++) {\n    op.dropTable(\"t_\" + i);\n}\n");
    }

    @Test
    void columnListsOfAutogeneratedRevisionsAreStillPlain() throws Exception {
        String body = """
                op.createTable("purchase",
                        column("id", INTEGER).notNull(),
                        column("customer_id", INTEGER).notNull(),
                        primaryKey("pk_purchase", "id"),
                        foreignKey("fk_purchase_customer", List.of("customer_id"), "customer", List.of("id")),
                        index("ix_purchase_customer", "customer_id"));
                """;
        String source = withBody("Listed", "aaaa00000001", body).replace("import dev.retort.api.Revision;\n",
                "import dev.retort.api.Revision;\nimport java.util.List;\n");
        RevisionScript file = files().write("aaaa00000001", source);

        Migration interpreted = PlainRevision.of(source).orElseThrow();
        Migration compiled = compiler().load(List.of(file)).get("aaaa00000001");

        assertThat(calls(interpreted)).isEqualTo(calls(compiled));
        assertThat(calls(interpreted).get(0)).contains("fk_purchase_customer");
    }

    /** Optional.of(null) fails in the compiled class when its method runs; read plain it failed every command. */
    @Test
    void aValueThatFailsWhenTheFileIsReadIsLeftToJavac() {
        String file = "import java.util.Optional;\n" + withBody("C", "aaaa00000001",
                "op.dropTable(table(\"b\", column(\"x\", INTEGER)).withComment(Optional.of(COMMENT)));\n")
                .replace("implements Migration {\n", "implements Migration {\n    private static final String COMMENT = null;\n");

        assertThat(file).contains("COMMENT = null");
        assertThat(PlainRevision.of(file)).isEmpty();
    }

    /** javac spreads one array given to List.of(E...); the plain reading made it the list's one element. */
    @Test
    void aListOfOneArrayIsLeftToJavac() {
        String file = "import java.util.List;\n" + withBody("C", "aaaa00000001",
                "op.execute(\"-- %s\".formatted(List.of(\"a,b\".split(\",\"))));\n");

        assertThat(PlainRevision.of(file)).isEmpty();
        assertThat(PlainRevision.of(file.replace("\"a,b\".split(\",\")", "\"a\", \"b\""))).isPresent();
    }

    /** javac refuses a literal over a class file's 65,535 bytes; so a plain reading leaves it to javac. */
    @Test
    void aStringLiteralLongerThanAClassFileHoldsIsLeftToJavac() {
        String fits = "x".repeat(65_535);
        String over = "é".repeat(32_768);

        assertThat(PlainRevision.of(withBody("C", "aaaa00000001", "op.execute(\"" + fits + "\");\n"))).isPresent();
        assertThat(PlainRevision.of(withBody("C", "aaaa00000001", "op.execute(\"" + over + "\");\n"))).isEmpty();
    }

    @Test
    void anythingBeyondOperationCallsIsCompiled() {
        List<String> bodies = List.of(
                "op.execute(\"\"\"\n    SELECT 1\n    \"\"\");\n",
                "op.createIndex(\"account\", index(\"ix\"));\n",      // index(String...) or index(IndexElement...)
                "op.noSuchOperation(\"account\");\n",
                "op.createTable(\"account\", column(\"id\", INTEGER), 42L);\n",
                "op.execute(\"\\u0041\");\n",
                "if (op.isOffline()) op.execute(\"x\");\n",
                "op.dropTable(null);\n",                                 // dropTable(String) or dropTable(Table)
                "op.bulkInsert(\"account\", rows());\n",
                "op.connection();\n",                                   // reaches the run: in its turn
                "op.schema(\"audit\").connection();\n",
                "if (!op.isOffline()) {\n    op.connection();\n}\n");
        for (String body : bodies) {
            assertThat(PlainRevision.of(withBody("C", "aaaa00000001", body))).as(body).isEmpty();
        }
        String base = withBody("C", "aaaa00000001", "op.dropTable(\"a\");\n");
        assertThat(PlainRevision.of(base)).isPresent();
        assertThat(PlainRevision.of("import java.util.Set;\n" + base)).isEmpty();
        assertThat(PlainRevision.of("import java.util.List;\n" + base)).isPresent();
        assertThat(PlainRevision.of("import java.util.List;\n" + withBody("C", "aaaa00000001",
                "op.execute(List.of(\"a\").get(0));\n"))).isEmpty();
        assertThat(PlainRevision.of(withBody("C", "aaaa00000001",
                "op.createTable(\"t\", column(\"a\", INTEGER), foreignKey(\"fk\", List.of(\"a\"), \"u\","
                        + " List.of(\"b\")));\n"))).as("List without its import").isEmpty();
        assertThat(PlainRevision.of(base.replace("    @Override\n    public void downgrade", "    int counter;\n"
                + "    @Override\n    public void downgrade"))).isEmpty();
        assertThat(PlainRevision.of(base.replace("implements Migration", "extends Object implements Migration")))
                .isEmpty();
        assertThat(PlainRevision.of(base.replace("final class", "public class"))).isEmpty();
        assertThat(PlainRevision.of(base.replace("import dev.retort.api.Operations;\n", ""))).isEmpty();
        String withSchemaCall = withBody("C", "aaaa00000001", "op.addColumn(\"a\", column(\"b\", INTEGER));\n");
        assertThat(PlainRevision.of(withSchemaCall)).isPresent();
        assertThat(PlainRevision.of(withSchemaCall.replace("import static dev.retort.api.Schema.*;\n", "")))
                .isEmpty();
    }

    /** javac ends a line comment at a lone carriage return: the call after it is made. */
    @Test
    void aLoneCarriageReturnEndsALineCommentAsForJavac() throws Exception {
        String source = withBody("Returns", "aaaa00000001", "op.createTable(\"a\", column(\"id\", INTEGER));\n"
                + "// note \r op.createTable(\"b\", column(\"id\", INTEGER));\n");

        assertThat(recordedAsCompiled(source)).extracting(Operation::toString)
                .anySatisfy(operation -> assertThat(operation).contains("name=b"));
    }

    /**
     * Characters javac refuses or reads otherwise are javac's to judge: white space beyond Java's (javac's
     * "illegal character"), a name with a character javac leaves out of names ({@code T\u200B} is {@code T}),
     * and a class named like a type the file names.
     */
    @Test
    void whatJavacReadsOtherwiseOrRefusesIsLeftToJavac() {
        String call = "op.createTable(\"t\",%scolumn(\"id\", INTEGER));\n";
        for (String space : List.of("\u3000", "\u000b", "\u2028", "\u00a0", "\u001c", "\u1680")) {
            assertThat(PlainRevision.of(withBody("C", "aaaa00000001", call.formatted(space))))
                    .as("U+%04X", (int) space.charAt(0)).isEmpty();
        }
        assertThat(PlainRevision.of(withBody("C", "aaaa00000001", call.formatted(" \t\f")))).isPresent();
        assertThat(PlainRevision.of(withBody("C", "aaaa00000001",
                "String t\u200b = \"t\";\nop.dropTable(t\u200b);\n"))).isEmpty();
        for (String name : List.of("Operations", "Migration", "Revision", "String", "Override", "Schema")) {
            assertThat(PlainRevision.of(withBody(name, "aaaa00000001", "op.dropTable(\"t\");\n"))).as(name).isEmpty();
        }
        assertThat(PlainRevision.of(withListImport(withBody("List", "aaaa00000001", "op.dropTable(\"t\");\n"))))
                .isEmpty();
    }

    @Test
    void aFailingOperationThrowsWhatTheApiThrows() {
        Migration migration = PlainRevision.of(withBody("C", "aaaa00000001",
                "op.createTable(\"account\", column(\"id\", string(-1 + 1)));\n")).orElse(null);
        assertThat(migration).isNull();
        Migration invalid = PlainRevision.of(withBody("C", "aaaa00000001",
                "op.addColumn(\"account\", column(\"id\", INTEGER).references(\"no dot\"));\n")).orElseThrow();

        assertThatThrownBy(() -> invalid.upgrade(recording(new ArrayList<>())))
                .isInstanceOf(SchemaDefinitionException.class);
    }

    @Test
    void lambdasOnTheirParameterRecordWhatTheCompiledClassRecords() throws Exception {
        String body = """
                op.alterColumn("account", "email", alter -> alter.type(string(120)).existingType(string(200))
                        .existingNullable(true));
                op.createForeignKey("fk", "orders", "account", List.of("account_id"), List.of("id"),
                        fk -> fk.onDelete(CASCADE).deferrable(true));
                op.batchAlterTable("account", batch -> {
                    batch.addColumn(column("nickname", string(30)));
                    batch.alterColumn("email", alter -> alter.nullable(false).existingType(string(200)));
                    batch.createForeignKey("fk_self", "account", List.of("parent"), List.of("id"),
                            fk -> fk.onDelete(SET_NULL));
                });
                op.batchAlterTable("empty", batch -> {});
                op.batchAlterTable("single", batch -> batch.dropColumn("nickname").recreateAlways());
                op.dropIndex("ix_old", "account", drop -> drop.ifExists().concurrently());
                """;
        String source = withListImport(withBody("Lambdas", "aaaa00000001", body));
        List<Operation> recorded = recordedAsCompiled(source);
        assertThat(recorded).hasSize(7);
        assertThat(recorded.get(1).toString()).contains("CASCADE");
    }

    @Test
    void identityAndAutoincrementAlterationsRecordWhatTheCompiledClassRecords() throws Exception {
        String body = """
                op.alterColumn("ticket", "id", alter -> alter.autoincrement(false)
                        .identity(generatedAlways().start(1000).increment(5))
                        .existingType(INTEGER).existingNullable(false).existingAutoincrement(true)
                        .existingIdentityAbsent());
                op.alterColumn("ticket", "number", alter -> alter.identity(generatedByDefault())
                        .existingIdentity(generatedAlways().start(3000000000L).increment(-1)));
                op.alterColumn("ticket", "legacy",
                        alter -> alter.dropIdentity().existingIdentity(generatedByDefault()));
                op.batchAlterTable("ticket", batch -> batch.alterColumn("id", alter -> alter.autoincrement(true)));
                """;
        String source = withBody("Numbering", "aaaa00000001", body);
        RevisionScript file = files().write("aaaa00000001", source);

        Migration interpreted = PlainRevision.of(source).orElseThrow();
        Migration compiled = compiler().load(List.of(file)).get("aaaa00000001");

        assertThat(javac.batches()).as("the compiled class is javac's").containsExactly(
                List.of("aaaa00000001_rev.java"));
        assertThat(recorded(interpreted)).isEqualTo(recorded(compiled)).hasSize(5);
        assertThat(((AlterColumn) recorded(interpreted).get(0)).change().identity())
                .isEqualTo(Change.to(Identity.generatedAlways().start(1000).increment(5)));
        assertThat(((AlterColumn) recorded(interpreted).get(1)).existing().identity())
                .isEqualTo(Existing.of(Identity.generatedAlways().start(3_000_000_000L).increment(-1)));
    }

    @Test
    void aLambdaIsAnInterfaceInstanceThatBehavesLikeOne() throws Exception {
        String source = withBody("Shown", "aaaa00000001", "op.alterColumn(\"a\", \"b\", x -> x.dropComment());\n");
        List<Object> lambdas = new ArrayList<>();
        Operations op = (Operations) Proxy.newProxyInstance(Operations.class.getClassLoader(),
                new Class<?>[] {Operations.class}, (proxy, method, args) -> {
                    if (method.getName().equals("alterColumn")) {
                        lambdas.add(args[2]);
                    }
                    return null;
                });

        PlainRevision.of(source).orElseThrow().upgrade(op);

        Object lambda = lambdas.get(0);
        assertThat(lambda).isInstanceOf(java.util.function.Consumer.class).isEqualTo(lambda).isNotEqualTo("x");
        assertThat(lambda.hashCode()).isEqualTo(System.identityHashCode(lambda));
        assertThat(lambda.toString()).startsWith("java.util.function.Consumer lambda@");
    }

    @Test
    void lambdasBeyondAChainOnTheirParameterAreCompiled() {
        List<String> bodies = List.of(
                "op.alterColumn(\"a\", \"b\", (alter, other) -> alter.dropComment());\n",
                "op.alterColumn(\"a\", \"b\", (alter) -> alter.dropComment());\n",
                "op.alterColumn(\"a\", \"b\", alter -> string(3));\n",
                "op.alterColumn(\"a\", \"b\", alter -> alter);\n",
                "op.alterColumn(\"a\", \"b\", string -> string.type(string(3)));\n",
                "op.alterColumn(\"a\", \"b\", INTEGER -> INTEGER.dropComment());\n",
                "op.alterColumn(\"a\", \"b\", op -> op.dropComment());\n",
                "op.alterColumn(\"a\", \"b\", alter -> op.execute(\"x\"));\n",
                "op.alterColumn(\"a\", \"b\", alter -> alter.noSuchChange());\n",
                "op.alterColumn(\"a\", \"b\", ColumnAlteration::dropComment);\n",
                "op.alterColumn(\"a\", \"b\", alter -> { return; });\n",
                "op.batchAlterTable(\"a\", batch -> { batch.alterColumn(\"b\", alter -> batch.dropColumn(\"c\")); "
                        + "});\n",
                "op.batchAlterTable(\"a\", batch -> { batch.alterColumn(\"b\", batch -> batch.dropComment()); });\n",
                "op.batchAlterTable(\"a\", batch -> { batch.dropColumn(\"b\"); op.execute(\"x\"); });\n",
                "op.createForeignKey(\"f\", \"a\", \"b\", List.of(\"c\"), List.of(\"d\"), "
                        + "fk -> { fk.onDelete(CASCADE); });\n",
                "op.createForeignKey(\"f\", \"a\", \"b\", List.of(\"c\"), List.of(\"d\"), fk -> { return fk; });\n",
                "op.createForeignKey(\"f\", \"a\", \"b\", List.of(\"c\"), List.of(\"d\"), fk -> fk.toString());\n",
                "op.execute(x -> x.toString());\n");
        for (String body : bodies) {
            assertThat(PlainRevision.of(withListImport(withBody("C", "aaaa00000001", body)))).as(body).isEmpty();
        }
        assertThat(PlainRevision.of(withListImport(withBody("C", "aaaa00000001",
                "op.alterColumn(\"a\", \"b\", alter -> alter.dropComment());\n")))).isPresent();
    }

    @Test
    void computedColumnsAreInterpretedAsTheCompiledClassRecordsThem() throws Exception {
        String source = withBody("Computed", "aaaa00000001", """
                op.createTable("line", column("price", INTEGER), column("quantity", INTEGER),
                        column("total", INTEGER).computed("price * quantity"),
                        column("twice", INTEGER).notNull().computed(virtual("quantity * 2")));
                op.addColumn("line", column("triple", INTEGER).computed(stored("quantity * 3")));
                """);
        RevisionScript file = files().write("aaaa00000001", source);

        Migration interpreted = PlainRevision.of(source).orElseThrow();
        Migration compiled = compiler().load(List.of(file)).get("aaaa00000001");

        List<Operation> operations = recorded(interpreted);
        assertThat(operations).isEqualTo(recorded(compiled)).hasSize(3);
        assertThat(((CreateTable) operations.get(0)).table().column("twice").orElseThrow().computed())
                .contains(Computed.virtual("quantity * 2"));
        assertThat(((AddColumn) operations.get(1)).column().computed()).contains(Computed.stored("quantity * 3"));
    }

    @Test
    void decimalsAndOptionalStringsArePlainOnlyInTheFormsAutogenerateWrites() throws Exception {
        String imports = "import java.math.BigDecimal;\nimport java.util.Optional;\n";
        String plain = imports + withBody("C", "aaaa00000001", """
                op.createTable(table("t", column("a", numeric(5, 2)).serverDefault(literal(new BigDecimal("1.50"))))
                        .withComment(Optional.of("a \\"table\\"")));
                op.createTable(table("u", column("a", INTEGER)).withComment(Optional.empty()));
                """);
        RevisionScript file = files().write("aaaa00000001", plain);
        Migration interpreted = PlainRevision.of(plain).orElseThrow();
        Migration compiled = compiler().load(List.of(file)).get("aaaa00000001");
        assertThat(recorded(interpreted)).isEqualTo(recorded(compiled)).isNotEmpty();

        List<String> bodies = List.of(
                "op.createTable(table(\"t\", column(\"a\", INTEGER).serverDefault(literal(new BigDecimal(1)))));\n",
                "op.createTable(table(\"t\", column(\"a\", INTEGER).serverDefault(literal(new BigDecimal(\"x\")))));\n",
                "op.createTable(table(\"t\", column(\"a\", INTEGER)).withComment(Optional.of(1)));\n",
                "op.createTable(table(\"t\", column(\"a\", INTEGER)).withComment(Optional.ofNullable(\"c\")));\n");
        for (String body : bodies) {
            assertThat(PlainRevision.of(imports + withBody("C", "aaaa00000001", body))).as(body).isEmpty();
        }
        assertThat(PlainRevision.of(withBody("C", "aaaa00000001",
                "op.createTable(table(\"t\", column(\"a\", INTEGER)).withComment(Optional.empty()));\n")))
                .as("Optional without its import").isEmpty();
    }

    @Test
    void renderedRevisionsOfOnlyPlainFormsRunAsTheirCompiledClassesDo() throws Exception {
        for (String golden : List.of("sqlite_batch", "sequences", "new_tables", "risky_changes")) {
            String source = golden(golden);
            RevisionScript file = files().write("1975ea83b712", source);

            Migration interpreted = PlainRevision.of(source).orElseThrow();
            Migration compiled = compiler().load(List.of(file)).get("1975ea83b712");

            assertThat(recorded(interpreted)).as(golden).isEqualTo(recorded(compiled)).isNotEmpty();
        }
    }

    @Test
    void localVariablesRecordWhatTheCompiledClassRecords() throws Exception {
        String body = """
                String table = "account";
                final int length = 50;
                long start = 1000;
                var step = 10L;
                final var flag = true;
                var name = column("name", string(length)).notNull();
                op.createTable(table, column("id", INTEGER).primaryKey(), name);
                op.addColumn(table, column("code", string(length, "C")).serverDefault(literal(1L)));
                op.addColumn(table, column("count", BIG_INTEGER).serverDefault(literal(start)));
                op.addColumn(table, column("active", BOOLEAN).serverDefault(literal(flag)));
                op.createSequence(sequence("seq").start(start).increment(step).minValue(length).cycle(flag));
                op.alterColumn(table, "name", alter -> alter.type(string(length)).comment(table));
                op.batchAlterTable(table, batch -> {
                    batch.addColumn(name);
                    batch.dropColumn("code");
                });
                """;
        String source = withBody("Locals", "aaaa00000001", body);
        assertThat(recordedAsCompiled(source)).hasSize(8);
        assertThat(defaultValues(PlainRevision.of(source).orElseThrow())).containsExactly(1L, 1000L, true);
    }

    /** The values of the literal server defaults of the columns the upgrade adds. */
    private static List<Object> defaultValues(Migration migration) throws Exception {
        List<Object> values = new ArrayList<>();
        Operations op = (Operations) Proxy.newProxyInstance(Operations.class.getClassLoader(),
                new Class<?>[] {Operations.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addColumn")) {
                        ((Column) args[1]).serverDefault().ifPresent(
                                value -> values.add(((ServerDefault.Literal) value).value()));
                    }
                    return null;
                });
        migration.upgrade(op);
        return values;
    }

    @Test
    void aLocalIsEvaluatedOnceWhereItIsDeclaredAndSharedByItsUses() throws Exception {
        String source = withBody("Shared", "aaaa00000001", """
                op.execute("first");
                var id = column("id", INTEGER).references("no dot");
                op.addColumn("a", id);
                """);
        Migration interpreted = PlainRevision.of(source).orElseThrow();
        List<String> calls = new ArrayList<>();

        assertThatThrownBy(() -> interpreted.upgrade(recording(calls))).isInstanceOf(SchemaDefinitionException.class);
        assertThat(calls).containsExactly("execute(first)");

        List<Object> columns = new ArrayList<>();
        Operations op = (Operations) Proxy.newProxyInstance(Operations.class.getClassLoader(),
                new Class<?>[] {Operations.class}, (proxy, method, args) -> {
                    columns.add(args[1]);
                    return null;
                });
        PlainRevision.of(withBody("Shared", "aaaa00000001", """
                var id = column("id", INTEGER);
                op.addColumn("a", id);
                op.addColumn("b", id);
                """)).orElseThrow().upgrade(op);
        assertThat(columns.get(0)).isSameAs(columns.get(1));
    }

    @Test
    void stringConcatenationRecordsWhatTheCompiledClassRecords() throws Exception {
        String body = """
                String prefix = "t_";
                int n = 7;
                long big = 12345678901L;
                String table = prefix + n;
                String nothing = null;
                op.createTable(table + "_" + big, column("id", INTEGER));
                op.execute("UPDATE " + table + " SET flag = " + true + ", n = " + n + 1 + " WHERE x = " + nothing
                        + " OR y = " + -2.50 + " OR z = " + -3);
                op.createIndex("ix_" + table, table, "name" + "");
                """;
        String source = withBody("Concatenated", "aaaa00000001", body);
        RevisionScript file = files().write("aaaa00000001", source);

        Migration interpreted = PlainRevision.of(source).orElseThrow();
        Migration compiled = compiler().load(List.of(file)).get("aaaa00000001");

        assertThat(calls(interpreted)).isEqualTo(calls(compiled));
        assertThat(calls(interpreted).get(1)).isEqualTo(
                "execute[UPDATE t_7 SET flag = true, n = 71 WHERE x = null OR y = -2.5 OR z = -3]");
        assertThat(recorded(interpreted)).isEqualTo(recorded(compiled)).hasSize(4);
    }

    @Test
    void bulkInsertRowsRecordWhatTheCompiledClassRecords() throws Exception {
        String imports = "import java.math.BigDecimal;\nimport java.time.LocalDate;\n"
                + "import java.time.LocalDateTime;\nimport java.util.List;\nimport java.util.Map;\n";
        String body = """
                String name = "O'Brien";
                long id = 3;
                double rate = 2;
                op.bulkInsert("account", List.of(
                        row("id", 1, "name", "alice", "active", true, "born", LocalDate.of(1990, 1, 31)),
                        row("id", -1, "score", -2L, "rate", 1.5, "delta", -0.25, "zero", -0.0, "ratio", rate),
                        row("id", 2L, "name", null, "balance", new BigDecimal("10.50"),
                                "seen", LocalDateTime.of(2026, 12, 4, 10, 15, 30)),
                        row("id", id, "name", name + " \\\\ x", "born", LocalDate.parse("2001-02-03"),
                                "seen", LocalDateTime.parse("2026-12-04T10:15:30.123"))));
                op.bulkInsert(table("account", column("id", BIG_INTEGER), column("name", string(20))), List.of(
                        Map.of("id", 4, "name", "bob"),
                        Map.of("id", id, "name", name),
                        row("id", 6)));
                var rows = List.of(row("id", 7), row("id", 8, "seen", LocalDateTime.of(2026, 1, 2, 3, 4)));
                op.bulkInsert("account", rows);
                op.bulkInsert("account", List.of());
                """;
        String source = imports + withBody("Rows", "aaaa00000001", body);
        RevisionScript file = files().write("aaaa00000001", source);

        Migration interpreted = PlainRevision.of(source).orElseThrow();
        Migration compiled = compiler().load(List.of(file)).get("aaaa00000001");

        assertThat(recorded(interpreted)).isEqualTo(recorded(compiled)).hasSize(5);
        assertThat(calls(interpreted)).isEqualTo(calls(compiled));
        assertThat(calls(interpreted).get(0)).contains("born=1990-01-31", "id=2", "balance=10.50",
                "score=-2", "rate=1.5", "delta=-0.25", "zero=-0.0", "ratio=2.0",
                "seen=2026-12-04T10:15:30", "name=O'Brien \\ x");
    }

    @Test
    void theUpgradeBenchmarksRevisionWithItsTableNameInALocalIsPlain() throws Exception {
        // As bench/upgradegen.py writes its "javac" variant.
        String source = """
                import static dev.retort.api.Schema.*;

                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(
                        id = "aaaa00000001",
                        revises = {},
                        message = "step 1",
                        createDate = "2026-12-04 00:00:01.000001")
                class Step1_aaaa00000001 implements Migration {

                    @Override
                    public void upgrade(Operations op) {
                        String table = "t_1";
                        op.createTable(table, column("id", INTEGER).primaryKey(), column("name", string(50)));
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("t_1");
                    }
                }
                """;
        assertThat(recordedAsCompiled(source)).hasSize(2);
    }

    /** A revision with {@code members} added to its class and {@code body} as its upgrade. */
    private static String withMembers(String body, String members) {
        return withBody("Helped", "aaaa00000001", body).replace("    @Override\n    public void downgrade",
                members.indent(4) + "\n    @Override\n    public void downgrade");
    }

    @Test
    void helperMethodsRecordWhatTheCompiledClassRecords() throws Exception {
        String body = """
                op.createTable(tableName(1), column("id", INTEGER).primaryKey(), column("name", string(length())));
                audit(op, tableName(1));
                String second = tableName(2);
                op.createSequence(sequence("seq_" + second).start(start()).increment(length()));
                op.alterColumn(tableName(1), "name", alter -> alter.comment(tableName(3)));
                """;
        String members = """
                private static String tableName(int n) {
                    return "t_" + n;
                }

                private static final long start() {
                    return length();
                }

                static int length() {
                    final int base = 40;
                    return 50;
                }

                private void audit(Operations op, String table) {
                    String column = "audited_" + table;
                    op.addColumn(table, column(column, BOOLEAN).serverDefault(literal(true)));
                    op.createIndex("ix_" + column, table, column);
                }
                """;
        String source = withMembers(body, members);
        assertThat(recordedAsCompiled(source)).hasSize(6);
        assertThat(javac.batches()).hasSize(1);
    }

    @Test
    void fieldsFinalOrNotRecordWhatTheCompiledClassRecords() throws Exception {
        String body = """
                op.createTable(TABLE, column("id", INTEGER).primaryKey(), column("name", string(LENGTH)));
                op.createIndex(INDEX, TABLE, "name");
                op.createSequence(sequence(TABLE + suffix).start(START));
                audit(op);
                """;
        String members = """
                private static final String TABLE = "account";
                static final int LENGTH = 50;
                private static final long START = LENGTH;
                private final String INDEX = "ix_" + TABLE + "_name";
                private String suffix = "_seq";

                private static void audit(Operations op) {
                    op.addColumn(TABLE, column("audited", BOOLEAN));
                }
                """;
        String source = withMembers(body, members);
        assertThat(recordedAsCompiled(source)).hasSize(5);
    }

    @Test
    void loopsRecordWhatTheCompiledClassRecords() throws Exception {
        String body = """
                var tables = List.of("account", "purchase");
                for (String table : tables) {
                    op.createTable(table, column("id", INTEGER).primaryKey());
                    String index = "ix_" + table + "_id";
                    for (final int length : new int[] {10, 20,}) {
                        op.addColumn(table, column("code_" + length, string(length)));
                        op.alterColumn(table, "code_" + length, alter -> alter.comment(index + length));
                    }
                    audit(op, table);
                }
                for (var table : List.of("ledger")) {
                    String index = "ix_" + table;
                    op.createIndex(index, table, "id");
                }
                for (long start : new long[] {1, 2L}) {
                    op.createSequence(sequence("seq_" + start).start(start));
                }
                for (String table : new String[] {}) {
                    op.dropTable(table);
                }
                String table = "after";
                op.dropTable(table);
                """;
        String members = """
                private void audit(Operations op, String table) {
                    for (boolean flag : List.of(true, false)) {
                        op.addColumn(table, column("audited_" + flag, BOOLEAN).serverDefault(literal(flag)));
                    }
                }
                """;
        String source = withListImport(withMembers(body, members));
        assertThat(recordedAsCompiled(source)).hasSize(19);
    }

    @Test
    void listsInFieldsAndLocalsRecordWhatTheCompiledClassRecords() throws Exception {
        String body = """
                List<Integer> sizes = List.of(10, 20);
                for (String table : TABLES) {
                    for (int size : sizes) {
                        op.addColumn(table, column("code_" + size, string(size)));
                    }
                    op.createTable(table + "_link", column("id", INTEGER),
                            foreignKey("fk_" + table, KEYS, table, KEYS));
                }
                """;
        String members = """
                private static final List<String> TABLES = List.of("account", "purchase");
                private final List<String> KEYS = List.of("id");
                """;
        String source = withListImport(withMembers(body, members));
        assertThat(recordedAsCompiled(source)).hasSize(7);
        List<String> beyond = List.of(
                "private static final List<Object> TABLES = List.of(\"a\");\n",
                "private static final List<String> TABLES = List.of(1);\n",
                "private static final List<int> TABLES = List.of(1);\n",
                "private static final List<List<String>> TABLES = List.of(List.of(\"a\"));\n",
                "private static final List<String> TABLES = List.of(\"a\");\n"
                        + "private static List<String> tables() {\n    return TABLES;\n}\n");
        for (String field : beyond) {
            assertThat(PlainRevision.of(withListImport(withMembers("op.dropTable(\"t\");\n", field)))).as(field)
                    .isEmpty();
        }
        assertThat(PlainRevision.of(withMembers("op.dropTable(\"t\");\n",
                "private static final List<String> TABLES = List.of(\"a\");\n"))).as("without the import").isEmpty();
        assertThat(PlainRevision.of(withListImport(withBody("C", "aaaa00000001",
                "int a = 1;\nboolean b = a < 2;\nop.dropTable(\"t\");\n")))).as("a comparison").isEmpty();
    }

    @Test
    void aLambdaMadeInALoopKeepsItsIterationsValues() throws Exception {
        String source = withBody("Kept", "aaaa00000001", """
                for (String table : new String[] {"a", "b", null}) {
                    String comment = "on " + table;
                    op.alterColumn("t", "c", alter -> alter.comment(comment));
                }
                """);
        RevisionScript file = files().write("aaaa00000001", source);

        Migration interpreted = PlainRevision.of(source).orElseThrow();
        Migration compiled = compiler().load(List.of(file)).get("aaaa00000001");

        assertThat(laterComments(interpreted)).isEqualTo(laterComments(compiled))
                .containsExactly("on a", "on b", "on null");
    }

    /** The comments the upgrade's alteration lambdas set when they run after the whole upgrade has run. */
    @SuppressWarnings("unchecked")
    private static List<String> laterComments(Migration migration) throws Exception {
        List<Consumer<ColumnAlteration>> alterations = new ArrayList<>();
        Operations op = (Operations) Proxy.newProxyInstance(Operations.class.getClassLoader(),
                new Class<?>[] {Operations.class}, (proxy, method, args) -> {
                    alterations.add((Consumer<ColumnAlteration>) args[2]);
                    return null;
                });
        migration.upgrade(op);
        List<String> comments = new ArrayList<>();
        ColumnAlteration alteration = (ColumnAlteration) Proxy.newProxyInstance(
                ColumnAlteration.class.getClassLoader(), new Class<?>[] {ColumnAlteration.class},
                (proxy, method, args) -> {
                    comments.add(String.valueOf(args[0]));
                    return proxy;
                });
        alterations.forEach(alter -> alter.accept(alteration));
        return comments;
    }

    @Test
    void loopsBeyondThePlainFormsAreCompiled() {
        List<String> bodies = List.of(
                "for (int i = 0; i < 2; i++) {\n    op.dropTable(\"t\");\n}\n",
                "for (String t : List.of(\"a\")) op.dropTable(t);\n",
                "for (int t : new String[] {\"a\"}) {\n    op.dropTable(\"t\");\n}\n",
                "for (String t : new int[] {1}) {\n    op.dropTable(t);\n}\n",
                "for (var n : List.of(1, 2)) {\n    op.dropTable(\"t\" + n);\n}\n",
                "for (long n : List.of(1, 2)) {\n    op.dropTable(\"t\" + n);\n}\n",
                "for (String t : List.of(\"a\", 1)) {\n    op.dropTable(t);\n}\n",
                "for (String t : List.of()) {\n    op.dropTable(t);\n}\n",
                "String t = \"x\";\nfor (String t : List.of(\"a\")) {\n    op.dropTable(t);\n}\n",
                "for (String t : List.of(\"a\")) {\n    op.dropTable(t);\n}\nop.dropTable(t);\n",
                "for (String t : List.of(\"a\")) {\n    String u = t;\n}\nop.dropTable(u);\n",
                "for (String t : List.of(\"a\")) {\n    t = \"b\";\n}\n",
                "for (String INTEGER : List.of(\"a\")) {\n    op.dropTable(INTEGER);\n}\n",
                "while (true) {\n    op.dropTable(\"t\");\n}\n");
        for (String body : bodies) {
            assertThat(PlainRevision.of(withListImport(withBody("C", "aaaa00000001", body)))).as(body).isEmpty();
        }
        assertThat(PlainRevision.of(withListImport(withMembers("op.dropTable(first());\n", """
                private static String first() {
                    for (String t : List.of("a")) {
                        return t;
                    }
                    return "b";
                }
                """)))).as("a return in a loop").isEmpty();
        assertThat(PlainRevision.of(withListImport(withBody("C", "aaaa00000001",
                "for (String t : List.of(\"a\")) {\n    op.dropTable(t);\n}\nfor (String t : List.of(\"b\")) {\n"
                        + "    String u = t;\n}\nString u = \"c\";\nop.dropTable(u);\n"))))
                .as("names reused once their loop has ended").isPresent();
    }

    @Test
    void conditionsRecordWhatTheCompiledClassRecords() throws Exception {
        String body = """
                if (op.isOffline()) {
                    op.execute("-- offline");
                } else if (AUDITED) {
                    String table = "audit";
                    op.createTable(table, column("id", INTEGER));
                } else {
                    op.execute("SELECT 1");
                }
                for (String table : List.of("a", "b")) {
                    if (!op.isOffline()) {
                        op.createIndex("ix_" + table, table, "id");
                    }
                    if (!!first(table)) {
                        op.dropColumn(table, "note");
                    }
                }
                String table = "after";
                op.dropTable(table);
                """;
        String members = """
                private static boolean AUDITED = true;

                private static boolean first(String table) {
                    boolean first = false;
                    if (false) {
                        return true;
                    }
                    return first;
                }
                """;
        String failing = withListImport(withMembers(body, members));
        assertThat(PlainRevision.of(failing)).as("a return inside a condition").isEmpty();
        String source = failing.replace("if (false) {\n            return true;\n        }\n", "if (false) {\n"
                + "            String unused = table;\n        }\n").replace("boolean first = false;", "boolean first = "
                + "true;");
        RevisionScript file = files().write("aaaa00000001", source);

        Migration interpreted = PlainRevision.of(source).orElseThrow();
        Migration compiled = compiler().load(List.of(file)).get("aaaa00000001");

        for (boolean offline : new boolean[] {false, true}) {
            assertThat(callsWhen(offline, interpreted)).as("offline: " + offline)
                    .isEqualTo(callsWhen(offline, compiled));
        }
        assertThat(callsWhen(false, interpreted)).hasSize(10)
                .anyMatch(call -> call.startsWith("createTable[audit, "));
        assertThat(callsWhen(true, interpreted)).contains("execute[-- offline]").hasSize(8);
    }

    /** The calls of the upgrade, then of the downgrade, on operations that say they are offline or not. */
    private static List<String> callsWhen(boolean offline, Migration migration) throws Exception {
        List<String> calls = new ArrayList<>();
        Operations op = (Operations) Proxy.newProxyInstance(Operations.class.getClassLoader(),
                new Class<?>[] {Operations.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + Arrays.deepToString(args));
                    return method.getName().equals("isOffline") ? offline : null;
                });
        migration.upgrade(op);
        migration.downgrade(op);
        return calls;
    }

    @Test
    void conditionsBeyondThePlainFormsAreCompiled() {
        List<String> bodies = List.of(
                "if (op.isOffline()) op.execute(\"x\");\n",
                "if (op.isOffline() == true) {\n    op.execute(\"x\");\n}\n",
                "if (op.isOffline() && true) {\n    op.execute(\"x\");\n}\n",
                "if (op.isOffline() != true) {\n    op.execute(\"x\");\n}\n",
                "if (\"a\") {\n    op.execute(\"x\");\n}\n",
                "if (op.xArgument(\"a\")) {\n    op.execute(\"x\");\n}\n",
                "if (op) {\n    op.execute(\"x\");\n}\n",
                "if (true) {\n    String t = \"a\";\n}\nop.dropTable(t);\n",
                "String t = \"a\";\nif (true) {\n    String t = \"b\";\n}\n",
                "op.execute(op.isOffline() ? \"a\" : \"b\");\n");
        for (String body : bodies) {
            assertThat(PlainRevision.of(withBody("C", "aaaa00000001", body))).as(body).isEmpty();
        }
    }

    @Test
    void fieldsBeyondThePlainFormsAreCompiled() {
        List<String> members = List.of(
                "private static final String TABLE = OTHER;\nprivate static final String OTHER = \"t\";\n",
                "private final String OTHER = \"t\";\nprivate static final String TABLE = OTHER;\n",
                "private static final String TABLE = name();\nprivate static String name() {\n    return \"t\";\n}\n",
                "private static final String TABLE = \"t\";\nprivate static final String TABLE = \"u\";\n",
                "private static final String INTEGER = \"t\";\nprivate static final String TABLE = INTEGER;\n",
                "private static final Object TABLE = \"t\";\n",
                "private static final String TABLE = 5;\n");
        for (String member : members) {
            assertThat(PlainRevision.of(withMembers("op.dropTable(TABLE);\n", member))).as(member).isEmpty();
        }
        assertThat(PlainRevision.of(withMembers("op.dropTable(name());\n", "private final String TABLE = \"t\";\n"
                + "private static String name() {\n    return TABLE;\n}\n"))).as("instance field in a static method")
                .isEmpty();
        assertThat(PlainRevision.of(withMembers("String TABLE = \"u\";\nop.dropTable(TABLE);\n",
                "private static final String TABLE = \"t\";\n"))).as("a local hiding a field").isEmpty();
        assertThat(PlainRevision.of(withMembers("op.dropTable(TABLE);\n", "private static final String TABLE = \"t\";\n")))
                .isPresent();
    }

    @Test
    void helpersBeyondThePlainFormsAreCompiled() {
        String table = "private static String tableName() {\n    return \"t\";\n}\n";
        List<List<String>> cases = List.of(
                List.of("op.dropTable(tableName());\n", "private static String tableName() {\n    return tableName();\n}\n"),
                List.of("op.dropTable(a());\n", "static String a() {\n    return b();\n}\n"
                        + "static String b() {\n    return a();\n}\n"),
                List.of("op.dropTable(tableName());\n", table + "private static String tableName(int n) {\n    return \"t\";\n}\n"),
                List.of("op.dropTable(column());\n", table.replace("tableName()", "column()")),
                List.of("op.dropTable(tableName());\n", "private static String tableName() {\n    return name();\n}\n"
                        + "private String name() {\n    return \"t\";\n}\n"),
                List.of("op.dropTable(\"t\");\n", "private static int n() {\n    return \"x\";\n}\n"),
                List.of("op.dropTable(\"t\");\n", "private static String n() {\n    String x = \"a\";\n}\n"),
                List.of("op.dropTable(\"t\");\n", "private static String n() {\n    return \"a\";\n    String x = \"b\";\n}\n"),
                List.of("op.dropTable(\"t\");\n", "private static String n(Object o) {\n    return \"a\";\n}\n"),
                List.of("op.dropTable(tableName(1));\n", table),
                List.of("op.dropTable(t(\"x\"));\n", "private static String t(int n) {\n    return \"t\";\n}\n"),
                List.of("op.dropTable(\"t\");\n", "private void v() {\n    return;\n}\n"),
                List.of("op.dropTable(\"t\");\n", "private <T> String g() {\n    return \"t\";\n}\n"),
                List.of("op.dropTable(\"t\");\n", "@Deprecated\nprivate String d() {\n    return \"t\";\n}\n"),
                List.of("op.dropTable(v(op));\n", "private void v(Operations op) {\n    op.dropTable(\"x\");\n}\n"),
                List.of("op.dropTable(tableName().trim());\n", table),
                List.of("op.dropTable(\"t\");\n", "private void two(Operations a, Operations b) {\n}\n"),
                List.of("tableName() + \"x\";\n", table),
                List.of("op.dropTable(\"t\");\n", "public String p() {\n    return \"t\";\n}\n"));
        for (List<String> example : cases) {
            assertThat(PlainRevision.of(withMembers(example.get(0), example.get(1)))).as(example.get(1)).isEmpty();
        }
        assertThat(PlainRevision.of(withMembers("op.dropTable(tableName());\n", table))).isPresent();
        assertThat(PlainRevision.of(withMembers("op.dropTable(\"t\");\n", "private void v() {\n}\n"))).isPresent();
    }

    @Test
    void localsAndValuesBeyondThePlainFormsAreCompiled() {
        String imports = "import java.time.LocalDate;\nimport java.util.List;\nimport java.util.Map;\n";
        List<String> bodies = List.of(
                "String table = \"a\";\ntable = \"b\";\nop.dropTable(table);\n",          // assigned again
                "String table;\nop.dropTable(\"a\");\n",                                  // not initialised
                "op.dropTable(table);\nString table = \"a\";\n",                          // used before
                "String table = \"a\";\nString table = \"b\";\nop.dropTable(table);\n",   // declared twice
                "String op = \"a\";\n",                                                   // hides the parameter
                "String INTEGER = \"a\";\nop.dropTable(INTEGER);\n",                      // hides a Schema constant
                "var table = null;\nop.dropTable(table);\n",
                "int n = 5L;\nop.addColumn(\"a\", column(\"b\", string(n)));\n",
                "String n = 5;\nop.dropTable(n);\n",
                "Object table = \"a\";\nop.dropTable(\"a\");\n",
                "String table = \"a\";\nop.dropTable(table.toUpperCase());\n",
                "op.addColumn(\"a\", column(\"b\", string(1 + 2)));\n",                   // arithmetic
                "int n = 1;\nop.execute(n + 2 + \"x\");\n",                               // adds before it joins
                "op.execute(\"a\" + null);\n",
                "op.execute(\"a\" + INTEGER);\n",
                "op.addColumn(\"a\", column(\"b\", string(5 - 3)));\n",                   // subtraction
                "op.addColumn(\"a\", column(\"b\", string(- -3)));\n",
                "op.addColumn(\"a\", column(\"b\", string(-3.0)));\n",                    // no narrowing
                "op.bulkInsert(\"a\", List.of(row(\"r\", 1.5f)));\n",
                "op.bulkInsert(\"a\", List.of(row(\"r\", 1e3)));\n",
                "op.bulkInsert(\"a\", List.of(row(\"r\", .5)));\n",
                "double d = \"x\";\nop.dropTable(\"a\");\n",
                "int n = 1.5;\nop.dropTable(\"a\");\n",
                "op.alterColumn(\"a\", \"b\", alter -> { String t = \"x\"; alter.comment(t); });\n",
                "var rows = List.of(Map.of(\"id\", 1));\nop.bulkInsert(\"a\", rows);\n",   // List<Map<String, Integer>>
                "op.bulkInsert(\"a\", List.of(\"id\"));\n",                                 // javac rejects it
                "op.bulkInsert(\"a\", List.of(Map.of(1, \"id\")));\n",
                "op.bulkInsert(\"a\", List.of(Map.of(\"id\")));\n",
                "op.bulkInsert(\"a\", List.of(row(\"d\", LocalDate.of(2026, 1, 1).plusDays(1))));\n",
                "op.bulkInsert(\"a\", List.of(row(\"d\", LocalDate.ofEpochDay(1))));\n",
                "op.execute(List.of(\"a\").get(0));\n");
        for (String body : bodies) {
            assertThat(PlainRevision.of(imports + withBody("C", "aaaa00000001", body))).as(body).isEmpty();
        }
        assertThat(PlainRevision.of(withBody("C", "aaaa00000001",
                "op.bulkInsert(\"a\", List.of(Map.of(\"id\", 1)));\n"))).as("without the imports").isEmpty();
        assertThat(PlainRevision.of(imports + withBody("C", "aaaa00000001",
                "op.bulkInsert(\"a\", List.of(Map.of(\"id\", 1)));\n"))).isPresent();
        assertThat(PlainRevision.of(withLoop("Loop", "aaaa00000001"))).isEmpty();
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = PlainRevisionTest.class.getResourceAsStream(
                "/dev/retort/autogenerate/render/" + name + ".java.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
