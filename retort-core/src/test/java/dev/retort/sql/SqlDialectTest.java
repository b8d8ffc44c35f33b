package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

    @Test
    void findsEachDialectByItsConfigurationName() {
        assertThat(SqlDialect.of("sqlite")).isEqualTo(SqlDialect.SQLITE);
        assertThat(SqlDialect.of("postgresql")).isEqualTo(SqlDialect.POSTGRESQL);
        assertThat(SqlDialect.of("mysql")).isEqualTo(SqlDialect.MYSQL);
        assertThat(SqlDialect.of("mariadb")).isEqualTo(SqlDialect.MARIADB);
        assertThat(SqlDialect.of("h2")).isEqualTo(SqlDialect.H2);
    }

    @Test
    void ignoresCaseAndSurroundingBlanks() {
        assertThat(SqlDialect.of(" PostgreSQL ")).isEqualTo(SqlDialect.POSTGRESQL);
    }

    @Test
    void namesTheDialectsItKnowsWhenTheNameIsUnknown() {
        assertThatThrownBy(() -> SqlDialect.of("oracle"))
                .isInstanceOfSatisfying(UnknownSqlDialectException.class,
                        e -> assertThat(e.name()).isEqualTo("oracle"))
                .hasMessage("Unknown SQL dialect 'oracle'; use one of: sqlite, postgresql, mysql, mariadb, h2");
    }

    @Test
    void writesAStoredProgramForTheMysqlClientBetweenDelimiterLines() {
        String procedure = "CREATE PROCEDURE p() BEGIN INSERT INTO t VALUES (1); END";

        for (SqlDialect dialect : new SqlDialect[] {SqlDialect.MYSQL, SqlDialect.MARIADB}) {
            String written = dialect.terminated(procedure);
            assertThat(written).isEqualTo("DELIMITER $$\n" + procedure + "$$\nDELIMITER ;");
            assertThat(Split.texts(written + "\nSELECT 1;", dialect)).containsExactly(procedure, "SELECT 1");
        }
        assertThat(SqlDialect.MYSQL.terminated("SELECT 'a;b' -- c; d\n")).isEqualTo("SELECT 'a;b' -- c; d\n;");
        assertThat(SqlDialect.MYSQL.terminated("CREATE FUNCTION f() RETURNS TEXT BEGIN RETURN '$$'; END"))
                .startsWith("DELIMITER //\n").endsWith("END//\nDELIMITER ;");
        assertThat(SqlDialect.POSTGRESQL.terminated("DO $$ BEGIN PERFORM 1; END $$"))
                .isEqualTo("DO $$ BEGIN PERFORM 1; END $$;");
        assertThat(SqlDialect.SQLITE.terminated("CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END"))
                .endsWith("END;");
    }

    /** A statement that ends in a line comment gets its terminator on a line of its own, past the comment. */
    @Test
    void endsAStatementThatEndsInALineCommentOnTheNextLine() {
        assertThat(SqlDialect.POSTGRESQL.terminated("UPDATE f SET v = 'q' -- backfill"))
                .isEqualTo("UPDATE f SET v = 'q' -- backfill\n;");
        assertThat(SqlDialect.MARIADB.terminated("INSERT INTO f VALUES (72, 'x;y') # hash; c"))
                .isEqualTo("INSERT INTO f VALUES (72, 'x;y') # hash; c\n;");
        assertThat(SqlDialect.H2.terminated("DELETE FROM f // all")).isEqualTo("DELETE FROM f // all\n;");
        String twoInserts = "INSERT INTO f (id) VALUES (71); -- done; really";
        for (SqlDialect dialect : new SqlDialect[] {SqlDialect.MYSQL, SqlDialect.MARIADB}) {
            String written = dialect.terminated(twoInserts);
            assertThat(written).isEqualTo("DELIMITER $$\n" + twoInserts + "\n$$\nDELIMITER ;");
            assertThat(Split.texts(written + "\nSELECT 1;", dialect))
                    .containsExactly("INSERT INTO f (id) VALUES (71);", "SELECT 1");
        }
        assertThat(SqlDialect.POSTGRESQL.terminated("SELECT '--' /* c */")).isEqualTo("SELECT '--' /* c */;");
        assertThat(SqlDialect.SQLITE.terminated("SELECT 1 -- c\nFROM t")).isEqualTo("SELECT 1 -- c\nFROM t;");
    }

    /**
     * The terminator is one the client finds at the statement's end and nowhere before: not {@code //} after a
     * closing {@code *}{@code /}, and another one still when the statement holds every usual one.
     */
    @Test
    void picksADelimiterTheClientFindsOnlyAtTheEnd() {
        String trigger = "/*!50003 TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.s = '$$'; END */";
        String crowded = "CREATE PROCEDURE p() BEGIN SELECT 'see http://example.com/a;;b for $$$$ prices'; END";

        for (SqlDialect dialect : new SqlDialect[] {SqlDialect.MYSQL, SqlDialect.MARIADB}) {
            assertThat(dialect.terminated(trigger)).isEqualTo("DELIMITER ;;\n" + trigger + ";;\nDELIMITER ;");
            assertThat(dialect.terminated(crowded)).isEqualTo("DELIMITER $$1\n" + crowded + "$$1\nDELIMITER ;");
            assertThat(Split.texts(dialect.terminated(crowded) + "\nSELECT 1;", dialect))
                    .containsExactly(crowded, "SELECT 1");
        }
    }

    /** The mysql client looks for its terminator inside executable comments, as mysqldump's triggers hold them. */
    @Test
    void writesAProgramInExecutableCommentsBetweenDelimiterLines() {
        String trigger = """
                /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
                BEGIN
                  SET NEW.n = 1;
                  SET NEW.n = NEW.n + 1;
                END */""";

        for (SqlDialect dialect : new SqlDialect[] {SqlDialect.MYSQL, SqlDialect.MARIADB}) {
            String written = dialect.terminated(trigger);
            assertThat(written).isEqualTo("DELIMITER $$\n" + trigger + "$$\nDELIMITER ;");
            assertThat(Split.texts(written + "\nSELECT 1;", dialect)).containsExactly(trigger, "SELECT 1");
        }
        assertThat(SqlDialect.MARIADB.terminated("/*M!100101 SET @a = 1; */"))
                .isEqualTo("DELIMITER $$\n/*M!100101 SET @a = 1; */$$\nDELIMITER ;");
        assertThat(SqlDialect.MYSQL.terminated("/*M!100101 SET @a = 1; */")).as("a plain comment to MySQL")
                .isEqualTo("/*M!100101 SET @a = 1; */;");
        assertThat(SqlDialect.MARIADB.terminated("/*!40101 SET @a = 'x;y' */")).as("a ; in a string")
                .isEqualTo("/*!40101 SET @a = 'x;y' */;");
        assertThat(SqlDialect.MARIADB.terminated("SELECT /* a; b */ 1")).isEqualTo("SELECT /* a; b */ 1;");
    }

    @Test
    void givesEveryDialectAnIdThatReadsBack() {
        for (SqlDialect dialect : SqlDialect.values()) {
            assertThat(SqlDialect.of(dialect.id())).isEqualTo(dialect);
        }
    }
}
