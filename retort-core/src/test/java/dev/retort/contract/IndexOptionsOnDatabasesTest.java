package dev.retort.contract;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Index options only one database has, created on that database and checked in its catalog: MySQL's
 * {@code FULLTEXT} and prefix lengths (here on the MariaDB server, with both dialects) and PostgreSQL's
 * {@code INCLUDE}. Each index also carries another database's option, which must be ignored.
 */
class IndexOptionsOnDatabasesTest {

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"mariadb", "mysql"})
    void fulltextIndexesAndPrefixLengthsOnTextColumnsAreWhatTheCatalogShows(String kind) throws Exception {
        try (ContractDatabase db = ContractDatabase.of(kind)) {
            db.apply(op -> {
                op.createTable(table("article", column("id", INTEGER).primaryKey(), column("title", string(200)),
                        column("body", TEXT), index("ix_article_body_words", "body")
                                .dialectOption("mysql_prefix", "FULLTEXT")
                                .dialectOption("postgresql_using", "gin")));
                op.createIndex("article", index("ix_article_body_start", "body").dialectOption("mysql_length", "10")
                        .dialectOption("mysql_using", "btree"));
                op.createIndex("article", index("ix_article_title_body", "title", "body")
                        .dialectOption("mysql_length", "body=20"));
            });

            assertThat(statistics(db)).containsExactly(
                    Map.of("name", "ix_article_body_start", "col", "body", "sub_part", "10", "type", "BTREE"),
                    Map.of("name", "ix_article_body_words", "col", "body", "sub_part", "-", "type", "FULLTEXT"),
                    Map.of("name", "ix_article_title_body", "col", "title", "sub_part", "-", "type", "BTREE"),
                    Map.of("name", "ix_article_title_body", "col", "body", "sub_part", "20", "type", "BTREE"));
        }
    }

    @Test
    void mariaDbReadsTheOptionsUnderItsOwnPrefix() throws Exception {
        try (ContractDatabase db = ContractDatabase.of("mariadb")) {
            db.apply(op -> op.createTable(table("article", column("id", INTEGER).primaryKey(), column("body", TEXT),
                    index("ix_article_body_start", "body").dialectOption("mariadb_length", "12")
                            .dialectOption("mysql_length", "10"))));

            assertThat(statistics(db)).containsExactly(
                    Map.of("name", "ix_article_body_start", "col", "body", "sub_part", "12", "type", "BTREE"));
        }
    }

    @Test
    void includedColumnsAreStoredInThePostgresIndex() throws Exception {
        try (ContractDatabase db = ContractDatabase.of("postgresql")) {
            db.apply(op -> {
                op.createTable(table("article", column("id", INTEGER).primaryKey(), column("title", string(200)),
                        column("Body Text", TEXT)));
                op.createIndex("article", index("ix_article_title", "title")
                        .dialectOption("postgresql_include", "id, Body Text").dialectOption("mysql_length", "10")
                        .where("id > 0"));
            });

            assertThat(db.query("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_article_title'")
                    .column("indexdef")).containsExactly("CREATE INDEX ix_article_title ON public.article USING "
                            + "btree (title) INCLUDE (id, \"Body Text\") WHERE (id > 0)");
        }
    }

    /** Each index column of table article: index, column, prefix length ({@code -} for none) and index type. */
    private static List<Map<String, String>> statistics(ContractDatabase db) {
        Rows rows = db.query("SELECT INDEX_NAME AS name, COLUMN_NAME AS col, COALESCE(SUB_PART, '-') AS sub_part, "
                + "INDEX_TYPE AS type FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = 'article' AND INDEX_NAME <> 'PRIMARY' ORDER BY INDEX_NAME, SEQ_IN_INDEX");
        return rows.rows();
    }
}
