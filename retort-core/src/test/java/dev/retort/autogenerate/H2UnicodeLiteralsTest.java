package dev.retort.autogenerate;

import static dev.retort.autogenerate.LiveSchemas.comparator;
import static dev.retort.autogenerate.LiveSchemas.create;
import static dev.retort.autogenerate.LiveSchemas.reflect;
import static dev.retort.autogenerate.LiveSchemas.schema;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.check;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.literal;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.reflect.LiveDatabase;
import dev.retort.schema.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 echoes text beyond ASCII in its catalog as {@code U&'\00e9'}; it reads back as the text the models wrote. */
class H2UnicodeLiteralsTest {
    @TempDir
    Path directory;

    @Test
    void defaultsChecksAndEnumsOfTextBeyondAsciiCompareClean() throws Exception {
        try (LiveDatabase database = LiveDatabase.h2(directory)) {
            List<Table> models = List.of(table("label", column("id", INTEGER).primaryKey(),
                    column("nm", string(10)).serverDefault(literal("é中")), check("ck_nm", "nm <> 'ö''s'"),
                    column("st", enumType("st", "中")), column("kind", enumType("kind", "𝄞", "é")),
                    column("one", enumType("one", "a"))));
            create(database, models);

            assertThat(comparator(database).compare(schema(models), reflect(database)).describe()).isEmpty();
        }
    }

    @Test
    void aCharacterBeyondTheBasicPlaneReadsBackWhole() throws Exception {
        try (LiveDatabase database = LiveDatabase.h2(directory)) {
            database.execute("CREATE TABLE clef (id INTEGER PRIMARY KEY, sign VARCHAR(4) DEFAULT '𝄞x' CHECK (sign <> 'a𝄞'))");

            assertThat(reflect(database).tables().get(0).toString()).contains("𝄞x", "sign <> 'a𝄞'");
        }
    }
}
