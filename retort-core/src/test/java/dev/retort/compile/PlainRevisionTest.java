package dev.retort.compile;

import static dev.retort.compile.RevisionFiles.recording;
import static dev.retort.compile.RevisionFiles.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.op.Operation;
import dev.retort.op.RecordingOperations;
import dev.retort.schema.SchemaDefinitionException;
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
    private static List<String> calls(Migration migration) {
        List<String> calls = new ArrayList<>();
        Operations op = (Operations) Proxy.newProxyInstance(Operations.class.getClassLoader(),
                new Class<?>[] {Operations.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + Arrays.deepToString(args));
                    return null;
                });
        migration.upgrade(op);
        migration.downgrade(op);
        return calls;
    }

    /** The operations the upgrade, then the downgrade, record, lambdas' work included. */
    private static List<Operation> recorded(Migration migration) {
        RecordingOperations op = new RecordingOperations();
        migration.upgrade(op);
        migration.downgrade(op);
        return op.operations();
    }

    private static String withListImport(String source) {
        return source.replace("import dev.retort.api.Revision;\n",
                "import dev.retort.api.Revision;\nimport java.util.List;\n");
    }

    @Test
    void plainRevisionMakesTheCallsItsCompiledClassMakes() {
        RevisionScript plain = files().write("aaaa00000001", withBody("Plain", "aaaa00000001", OPERATIONS));

        Migration interpreted = PlainRevision.of(withBody("Plain", "aaaa00000001", OPERATIONS)).orElseThrow();
        Migration compiled = compiler().load(List.of(plain)).get("aaaa00000001");

        assertThat(calls(interpreted)).isEqualTo(calls(compiled)).hasSize(6);
        assertThat(calls(interpreted).get(0)).contains("uq_account_name");
        assertThat(calls(interpreted).get(1)).contains("tab\there \"quoted\"");
        assertThat(calls(interpreted).get(3)).endsWith("[ix_account_two, account, [name, email]]");
    }

    @Test
    void loadingCompilesOnlyTheRevisionsThatAreMoreThanOperationCalls() {
        RevisionScript plain = files().write("aaaa00000001", revision("Plain_1", "aaaa00000001", "SELECT 1"));
        RevisionScript local = files().write("aaaa00000002", withBody("Local", "aaaa00000002",
                "String table = \"account\";\nop.dropTable(table);\n"));

        Map<String, Migration> migrations = compiler().loadWithoutCompilingPlain(List.of(local, plain));

        assertThat(migrations).containsOnlyKeys("aaaa00000002", "aaaa00000001");
        assertThat(migrations.keySet()).containsExactly("aaaa00000002", "aaaa00000001");
        assertThat(javac.batches()).containsExactly(List.of("aaaa00000002_rev.java"));
        List<String> calls = new ArrayList<>();
        migrations.get("aaaa00000001").upgrade(recording(calls));
        migrations.get("aaaa00000002").upgrade(recording(calls));
        assertThat(calls).containsExactly("execute(SELECT 1)", "dropTable(account)");
    }

    @Test
    void columnListsOfAutogeneratedRevisionsAreStillPlain() {
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

    @Test
    void anythingBeyondOperationCallsIsCompiled() {
        List<String> bodies = List.of(
                "String table = \"account\";\nop.dropTable(table);\n",
                "op.execute(\"\"\"\n    SELECT 1\n    \"\"\");\n",
                "op.execute(\"a\" + \"b\");\n",
                "op.createIndex(\"account\", index(\"ix\"));\n",      // index(String...) or index(IndexElement...)
                "op.noSuchOperation(\"account\");\n",
                "op.createTable(\"account\", column(\"id\", INTEGER), 42L);\n",
                "op.execute(\"\\u0041\");\n",
                "if (op.isOffline()) op.execute(\"x\");\n",
                "op.execute(null);\n",
                "op.bulkInsert(\"account\", rows());\n");
        for (String body : bodies) {
            assertThat(PlainRevision.of(withBody("C", "aaaa00000001", body))).as(body).isEmpty();
        }
        String base = withBody("C", "aaaa00000001", "op.dropTable(\"a\");\n");
        assertThat(PlainRevision.of(base)).isPresent();
        assertThat(PlainRevision.of("import java.util.Map;\n" + base)).isEmpty();
        assertThat(PlainRevision.of("import java.util.List;\n" + base)).isPresent();
        assertThat(PlainRevision.of("import java.util.List;\n" + withBody("C", "aaaa00000001",
                "op.execute(List.of(\"a\").get(0));\n"))).isEmpty();
        assertThat(PlainRevision.of(withBody("C", "aaaa00000001",
                "op.createTable(\"t\", column(\"a\", INTEGER), foreignKey(\"fk\", List.of(\"a\"), \"u\","
                        + " List.of(\"b\")));\n"))).as("List without its import").isEmpty();
        assertThat(PlainRevision.of(base.replace("    @Override\n    public void downgrade", "    void helper() {}\n"
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
    void lambdasOnTheirParameterRecordWhatTheCompiledClassRecords() {
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
        RevisionScript file = files().write("aaaa00000001", source);

        Migration interpreted = PlainRevision.of(source).orElseThrow();
        Migration compiled = compiler().load(List.of(file)).get("aaaa00000001");

        assertThat(recorded(interpreted)).isEqualTo(recorded(compiled)).hasSize(7);
        assertThat(recorded(interpreted).get(1).toString()).contains("CASCADE");
    }

    @Test
    void aLambdaIsAnInterfaceInstanceThatBehavesLikeOne() {
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
    void decimalsAndOptionalStringsArePlainOnlyInTheFormsAutogenerateWrites() {
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
    void renderedRevisionsOfOnlyPlainFormsRunAsTheirCompiledClassesDo() throws IOException {
        for (String golden : List.of("sqlite_batch", "sequences", "new_tables")) {
            String source = golden(golden);
            RevisionScript file = files().write("1975ea83b712", source);

            Migration interpreted = PlainRevision.of(source).orElseThrow();
            Migration compiled = compiler().load(List.of(file)).get("1975ea83b712");

            assertThat(recorded(interpreted)).as(golden).isEqualTo(recorded(compiled)).isNotEmpty();
        }
        // A List.of of rows is more than the plain forms.
        assertThat(PlainRevision.of(golden("risky_changes"))).isEmpty();
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = PlainRevisionTest.class.getResourceAsStream(
                "/dev/retort/autogenerate/render/" + name + ".java.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
