package dev.retort.sql;

import static dev.retort.sql.TransactionEffect.BEGINS;
import static dev.retort.sql.TransactionEffect.COMMITS;
import static dev.retort.sql.TransactionEffect.IMPLICIT_COMMIT;
import static dev.retort.sql.TransactionEffect.MAY_COMMIT;
import static dev.retort.sql.TransactionEffect.NONE;
import static dev.retort.sql.TransactionEffect.ROLLS_BACK;
import static dev.retort.sql.TransactionEffect.RUNS_STATEMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransactionEffectTest {

    @Test
    void tellsWhatAStatementDoesToTheTransactionFromItsFirstWords() {
        Map<TransactionEffect, List<String>> examples = Map.of(
                BEGINS, List.of("BEGIN", "begin transaction", "START TRANSACTION READ ONLY"),
                COMMITS, List.of("COMMIT", "commit work", "END", "END TRANSACTION", "SET autocommit = 1",
                        "set autocommit=ON", "SET SESSION autocommit = 1", "SET @@autocommit := 1",
                        "SET @@session.autocommit=1", "SET AUTOCOMMIT TRUE",
                        "SET autocommit = 1, foreign_key_checks = 0", "SET foreign_key_checks = 0, autocommit = 1",
                        "SET autocommit = 'ON'", "SET foreign_key_checks=0, autocommit=DEFAULT"),
                ROLLS_BACK, List.of("ROLLBACK", "ROLLBACK WORK", "ABORT"),
                IMPLICIT_COMMIT, List.of("CREATE TABLE t (id INT)", "create index ix on t (id)",
                        "ALTER TABLE t ADD c INT", "DROP TABLE t", "RENAME TABLE t TO u", "TRUNCATE TABLE t", "COMMENT ON TABLE t IS 'x'",
                        "GRANT SELECT ON t TO u", "REVOKE SELECT ON t FROM u", "LOCK TABLES `t` WRITE",
                        "UNLOCK TABLES", "CREATE OR REPLACE VIEW v AS SELECT 1", "ANALYZE TABLE t",
                        "OPTIMIZE TABLE t", "REPAIR TABLE t", "CHECK TABLE t", "FLUSH TABLES",
                        "RESET QUERY CACHE",
                        "INSTALL SONAME 'ha_example'"),
                MAY_COMMIT, List.of("CREATE TEMPORARY TABLE t (id INT)", "CREATE OR REPLACE TEMPORARY TABLE t (id INT)",
                        "DROP TEMPORARY TABLE t", "EXECUTE IMMEDIATE 'CREATE TABLE t (id INT)'", "EXECUTE stmt"),
                RUNS_STATEMENTS, List.of("CALL p()", "call p_setup", "BEGIN NOT ATOMIC ALTER TABLE t ADD c INT; END",
                        "IF @a THEN CREATE TABLE t (id INT); END IF", "WHILE @a < 2 DO SET @a = @a + 1; END WHILE",
                        "FOR i IN 1..3 DO INSERT INTO t VALUES (i); END FOR"),
                NONE, List.of("INSERT INTO t VALUES (1)", "UPDATE t SET id = 2", "SELECT 'CREATE'",
                        "ROLLBACK TO SAVEPOINT s",
                        "END IF", "CREATED", "START SLAVE", "SET @a = 1", "SET autocommit = 0",
                        "SET AUTOCOMMIT OFF", "SET autocommit_extra = 1", "SET a = 1, autocommit = 0",
                        "CHECKSUM TABLE t", "RESET PERSIST x",
                        "CACHE INDEX t IN hot", "LOAD INDEX INTO CACHE t",
                        "LOAD DATA INFILE 'f' INTO TABLE t"));

        examples.forEach((effect, statements) -> statements.forEach(
                sql -> assertThat(TransactionEffect.of(sql)).as(sql).isEqualTo(effect)));
    }

    @Test
    void tellsLockTablesAndUnlockTables() {
        assertThat(List.of("LOCK TABLES `t` WRITE", "lock table t read", "/*!40000 LOCK TABLES t WRITE */"))
                .allMatch(TransactionEffect::locksTables).noneMatch(TransactionEffect::unlocksTables);
        assertThat(List.of("UNLOCK TABLES", "unlock table")).allMatch(TransactionEffect::unlocksTables)
                .noneMatch(TransactionEffect::locksTables);
        assertThat(List.of("LOCK TABLE t IN SHARE MODE x", "SELECT 'LOCK TABLES'", "LOCK INSTANCE FOR BACKUP", "LOCK"))
                .noneMatch(TransactionEffect::unlocksTables);
        assertThat(List.of("SELECT 'LOCK TABLES'", "LOCK INSTANCE FOR BACKUP", "LOCK", "UNLOCK TABLES"))
                .noneMatch(TransactionEffect::locksTables);
    }

    @Test
    void tellsTheStatementsThatChangeOnlyTheSession() {
        assertThat(List.of("SET NAMES utf8mb4", "/*!40101 SET NAMES utf8mb4 */", "SET @x = 1",
                "SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO'", "set foreign_key_checks = 0",
                "SET SESSION sql_mode = ''", "SET @@session.time_zone = '+00:00'", "SET TRANSACTION READ WRITE",
                "SET CHARACTER SET latin1", "SET ROLE reader", "USE shop", "/*!40101 SET character_set_client = utf8 */"))
                .allMatch(TransactionEffect::changesSessionOnly);
        assertThat(List.of("SET GLOBAL max_connections = 10", "SET @@global.sql_mode = ''", "SET PERSIST x = 1",
                "SET sql_mode = '', GLOBAL max_connections = 10", "SET PASSWORD FOR u = 'p'", "SET DEFAULT ROLE r TO u",
                "SET STATEMENT max_statement_time = 1 FOR UPDATE t SET a = 1", "SET @n = (SELECT count(*) FROM t)",
                "SET @r = f()", "INSERT INTO t VALUES (1)", "CREATE TABLE t (id INT)", "SELECT 1", "", "-- SET x = 1"))
                .noneMatch(TransactionEffect::changesSessionOnly);
    }

    @Test
    void readsTheWordsInsideExecutableCommentsAndSkipsPlainOnes() {
        assertThat(TransactionEffect.of("/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER"
                + " t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.n = 1 */")).isEqualTo(IMPLICIT_COMMIT);
        assertThat(TransactionEffect.of("/*!40000 ALTER TABLE `t` DISABLE KEYS */")).isEqualTo(IMPLICIT_COMMIT);
        assertThat(TransactionEffect.of("/*M!100101 CREATE TEMPORARY TABLE t (id INT) */")).isEqualTo(MAY_COMMIT);
        assertThat(TransactionEffect.of("/*!50003 CALL p() */")).isEqualTo(RUNS_STATEMENTS);
        assertThat(TransactionEffect.of("/*!40101 SET @saved_cs_client = @@character_set_client */")).isEqualTo(NONE);
        assertThat(TransactionEffect.of("-- the table\nCREATE TABLE t (id INT)")).isEqualTo(IMPLICIT_COMMIT);
        assertThat(TransactionEffect.of("/* CREATE */ INSERT INTO t VALUES (1)")).isEqualTo(NONE);
    }
}
