package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqliteDialectTest {
    private final SqliteDialect dialect = new SqliteDialect();

    @Test
    void theForeignKeysPragmaIsASettingTheTransactionIgnoresInEveryWayItIsWritten() {
        assertThat(dialect.settingIgnoredInTransaction("PRAGMA foreign_keys=OFF"))
                .contains(new SessionSetting("PRAGMA foreign_keys", "PRAGMA foreign_keys", "0"));
        assertThat(dialect.settingIgnoredInTransaction("-- rebuild\n/* step 1 */ pragma Foreign_Keys = 'on';"))
                .contains(new SessionSetting("PRAGMA foreign_keys", "PRAGMA foreign_keys", "1"));
        assertThat(dialect.settingIgnoredInTransaction("PRAGMA main . foreign_keys(true)"))
                .contains(new SessionSetting("PRAGMA foreign_keys", "PRAGMA main.foreign_keys", "1"));
        assertThat(dialect.settingIgnoredInTransaction("PRAGMA journal_mode = WAL"))
                .contains(new SessionSetting("PRAGMA journal_mode", "PRAGMA journal_mode", "wal"));
        SessionSetting off = new SessionSetting("PRAGMA foreign_keys", "PRAGMA foreign_keys", "0");
        assertThat(List.of("PRAGMA foreign_keys = OFF -- rebuild", "PRAGMA foreign_keys = OFF /* note */",
                "PRAGMA \"foreign_keys\" = OFF", "PRAGMA foreign_keys = OFF;;", "PRAGMA [foreign_keys]=no",
                "PRAGMA foreign_keys = maybe")).allSatisfy(sql ->
                        assertThat(dialect.settingIgnoredInTransaction(sql)).as(sql).contains(off));
        assertThat(dialect.settingIgnoredInTransaction("PRAGMA foreign_keys = 2")).get()
                .extracting(SessionSetting::wanted).isEqualTo("1");
    }

    @Test
    void readingASettingOrSettingAnotherIsNotOne() {
        assertThat(dialect.settingIgnoredInTransaction("PRAGMA foreign_keys")).isEmpty();
        assertThat(dialect.settingIgnoredInTransaction("PRAGMA foreign_key_list(account)")).isEmpty();
        assertThat(dialect.settingIgnoredInTransaction("PRAGMA defer_foreign_keys = ON")).isEmpty();
        assertThat(dialect.settingIgnoredInTransaction("SELECT 'PRAGMA foreign_keys=OFF'")).isEmpty();
    }

    @Test
    void otherDatabasesHaveNoSuchSetting() {
        assertThat(new PostgresDialect().settingIgnoredInTransaction("PRAGMA foreign_keys=OFF"))
                .isEqualTo(Optional.empty());
    }
}
