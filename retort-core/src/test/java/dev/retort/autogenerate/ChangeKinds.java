package dev.retort.autogenerate;

import static dev.retort.api.Schema.BIG_INTEGER;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.check;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.foreignKey;
import static dev.retort.api.Schema.generatedAlways;
import static dev.retort.api.Schema.generatedByDefault;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.literal;
import static dev.retort.api.Schema.sequence;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.unique;
import static dev.retort.api.Schema.uniqueIndex;

import dev.retort.dialect.DialectCapabilities;
import dev.retort.dialect.EnumStorage;
import dev.retort.schema.ServerDefault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Each kind of change autogenerate detects, as one small case on {@link LibraryModel}. */
final class ChangeKinds {
    private static final LibraryModel BASE = LibraryModel.base();
    private static final String COMMENTS = "the database keeps no comments";

    private ChangeKinds() {}

    static List<ChangeKind> all() {
        List<ChangeKind> kinds = new ArrayList<>();
        kinds.addAll(tablesAndColumns());
        kinds.addAll(constraintsAndIndexes());
        kinds.addAll(namesReused());
        kinds.addAll(comments());
        kinds.addAll(columnAttributes());
        kinds.add(enumValueAdded());
        kinds.addAll(computedColumns());
        kinds.addAll(sequences());
        kinds.addAll(numbering());
        kinds.add(ChangeKind.of("primary key changed", BASE, BASE.withEditionKey("code", "number"),
                "drop primary key on edition", "create primary key on edition [code, number]"));
        return kinds;
    }

    private static List<ChangeKind> tablesAndColumns() {
        LibraryModel withIsbn = BASE.withBookColumn(column("isbn", string(20)));
        return List.of(
                ChangeKind.of("table added", BASE, BASE.withNoteTable(), "create table note"),
                ChangeKind.of("table dropped", BASE.withNoteTable(), BASE, "drop table note"),
                ChangeKind.of("column added", BASE, withIsbn, "add column book.isbn"),
                ChangeKind.of("column dropped", withIsbn, BASE, "drop column book.isbn"));
    }

    private static List<ChangeKind> constraintsAndIndexes() {
        LibraryModel indexed = BASE.withBookElement(index("ix_book_title", "title"));
        LibraryModel unique = BASE.withBookElement(unique("uq_book_title", "title"));
        LibraryModel keyed = BASE.withBookElement(foreignKey("fk_book_author", List.of("author_id"), "author",
                List.of("id")));
        LibraryModel checked = BASE.withBookElement(check("ck_book_pages", "pages > 0"));
        String createKey = "create foreign key fk_book_author on book [author_id] -> author[id]";
        String keyIndex = "create index fk_book_author on book [author_id]";
        return List.of(
                ChangeKind.of("index added", BASE, indexed, "create index ix_book_title on book [title]"),
                ChangeKind.of("index dropped", indexed, BASE, "drop index ix_book_title"),
                ChangeKind.of("unique constraint added", BASE, unique, "create unique uq_book_title on book [title]"),
                ChangeKind.of("unique constraint dropped", unique, BASE, "drop unique uq_book_title on book"),
                ChangeKind.of("foreign key added", BASE, keyed).expecting(capabilities ->
                        capabilities.indexesForeignKeys() ? List.of(keyIndex, createKey) : List.of(createKey)),
                ChangeKind.of("foreign key dropped", keyed, BASE).expecting(capabilities ->
                        capabilities.indexesForeignKeys()
                                ? List.of("drop foreign key fk_book_author on book", "drop index fk_book_author")
                                : List.of("drop foreign key fk_book_author on book")),
                ChangeKind.of("check constraint added", BASE, checked, "create check ck_book_pages on book")
                        .using("ALTER TABLE ... DROP CHECK"),
                ChangeKind.of("check constraint dropped", checked, BASE, "drop check ck_book_pages on book")
                        .using("ALTER TABLE ... DROP CHECK"));
    }

    /**
     * A foreign key or an index that changes under a name, or whose name changes: the old one is dropped
     * before anything takes its name, and on MySQL and MariaDB the index the old key had (made by the database
     * with the key, which it drops by itself once another index covers the key's columns) is dropped right
     * after the key, before the new key's index is made.
     */
    private static List<ChangeKind> namesReused() {
        LibraryModel edited = BASE.withBookColumn(column("editor_id", INTEGER));
        LibraryModel byAuthor = edited.withBookElement(foreignKey("fk_book_person", List.of("author_id"), "author",
                List.of("id")));
        LibraryModel byEditor = edited.withBookElement(foreignKey("fk_book_person", List.of("editor_id"), "author",
                List.of("id")));
        LibraryModel renamed = edited.withBookElement(foreignKey("fk_book_writer", List.of("author_id"), "author",
                List.of("id")));
        String dropKey = "drop foreign key fk_book_person on book";
        return List.of(
                ChangeKind.of("foreign key renamed", byAuthor, renamed).expecting(capabilities ->
                        capabilities.indexesForeignKeys()
                                ? List.of(dropKey, "drop index fk_book_person",
                                        "create index fk_book_writer on book [author_id]",
                                        "create foreign key fk_book_writer on book [author_id] -> author[id]")
                                : List.of(dropKey,
                                        "create foreign key fk_book_writer on book [author_id] -> author[id]")),
                ChangeKind.of("foreign key moved to another column under its name", byAuthor, byEditor)
                        .expecting(capabilities -> capabilities.indexesForeignKeys()
                                ? List.of(dropKey, "drop index fk_book_person",
                                        "create index fk_book_person on book [editor_id]",
                                        "create foreign key fk_book_person on book [editor_id] -> author[id]")
                                : List.of(dropKey,
                                        "create foreign key fk_book_person on book [editor_id] -> author[id]")),
                ChangeKind.of("plain index made unique under its name",
                        BASE.withBookElement(index("ux_book_title", "title")),
                        BASE.withBookElement(uniqueIndex("ux_book_title", "title")),
                        "drop index ux_book_title", "create unique index ux_book_title on book [title]"),
                ChangeKind.of("unique constraint made an index under its name",
                        BASE.withBookElement(unique("ux_book_title", "title")),
                        BASE.withBookElement(index("ux_book_title", "title")),
                        "drop unique ux_book_title on book", "create index ux_book_title on book [title]"),
                ChangeKind.of("index made a unique constraint under its name",
                        BASE.withBookElement(index("ux_book_title", "title")),
                        BASE.withBookElement(unique("ux_book_title", "title")),
                        "drop index ux_book_title", "create unique ux_book_title on book [title]"),
                ChangeKind.of("unique constraint made a unique index on another column under its name",
                        BASE.withBookElement(unique("ux_book_title", "title")),
                        BASE.withBookElement(uniqueIndex("ux_book_title", "summary")),
                        "drop unique ux_book_title on book", "create unique index ux_book_title on book [summary]"),
                ChangeKind.of("index made a unique constraint on another column under its name",
                        BASE.withBookElement(index("ux_book_title", "title")),
                        BASE.withBookElement(unique("ux_book_title", "summary")),
                        "drop index ux_book_title", "create unique ux_book_title on book [summary]"));
    }

    private static List<ChangeKind> comments() {
        LibraryModel described = BASE.withAuthorComment("Writers");
        LibraryModel titled = BASE.withBookColumn(column("title", string(100)).notNull().comment("On the cover"));
        return List.of(
                ChangeKind.of("table comment added", BASE, described, "comment on table author 'Writers'"),
                ChangeKind.of("table comment changed", described, BASE.withAuthorComment("People who write"),
                        "comment on table author 'People who write'"),
                ChangeKind.of("table comment dropped", described, BASE, "drop comment on table author"),
                ChangeKind.of("column comment added", BASE, titled, "alter column book.title: comment On the cover"),
                ChangeKind.of("column comment changed", titled,
                        BASE.withBookColumn(column("title", string(100)).notNull().comment("Printed on the spine")),
                        "alter column book.title: comment Printed on the spine"),
                ChangeKind.of("column comment dropped", titled, BASE, "alter column book.title: drop comment"))
                .stream().map(kind -> kind.needing(DialectCapabilities::comments, COMMENTS)).toList();
    }

    private static List<ChangeKind> columnAttributes() {
        ServerDefault draft = literal("draft");
        ServerDefault zero = literal(0);
        return List.of(
                ChangeKind.of("column made not null", BASE, BASE.withBookColumn(column("pages", INTEGER).notNull()),
                        "alter column book.pages: nullable false"),
                ChangeKind.of("column made nullable", BASE, BASE.withBookColumn(column("title", string(100))),
                        "alter column book.title: nullable true"),
                ChangeKind.of("column type lengthened", BASE, BASE.withBookColumn(column("summary", string(400))),
                        "alter column book.summary: type " + string(400)),
                ChangeKind.of("column type widened", BASE, BASE.withBookColumn(column("pages", BIG_INTEGER)),
                        "alter column book.pages: type " + BIG_INTEGER),
                ChangeKind.of("server default added", BASE,
                        BASE.withBookColumn(column("pages", INTEGER).serverDefault(zero)),
                        "alter column book.pages: default " + zero),
                ChangeKind.of("server default changed", BASE,
                        BASE.withBookColumn(column("status", string(10)).serverDefault(draft)),
                        "alter column book.status: default " + draft),
                ChangeKind.of("server default dropped", BASE, BASE.withBookColumn(column("status", string(10))),
                        "alter column book.status: drop default"));
    }

    /**
     * A computed column is added and dropped like any other; a change to how it is computed drops it and
     * adds it again, as no database here alters that in place.
     */
    private static List<ChangeKind> computedColumns() {
        LibraryModel words = BASE.withBookColumn(column("words", INTEGER).computed("pages * 250"));
        LibraryModel moreWords = BASE.withBookColumn(column("words", INTEGER).computed("pages * 300 + 1"));
        LibraryModel plainWords = BASE.withBookColumn(column("words", INTEGER));
        return List.of(
                ChangeKind.of("computed column added", BASE, words, "add column book.words"),
                ChangeKind.of("computed column dropped", words, BASE, "drop column book.words"),
                ChangeKind.of("computed column expression changed", words, moreWords,
                        "drop column book.words", "add column book.words"),
                ChangeKind.of("indexed computed column expression changed",
                        words.withBookElement(index("ix_book_words", "words")),
                        moreWords.withBookElement(index("ix_book_words", "words")), "drop index ix_book_words",
                        "drop column book.words", "add column book.words", "create index ix_book_words on book [words]"),
                ChangeKind.of("computed column type widened", words,
                        BASE.withBookColumn(column("words", BIG_INTEGER).computed("pages * 250")))
                        .expecting(capabilities -> capabilities.alterComputedColumns()
                                ? List.of("alter column book.words: type " + BIG_INTEGER)
                                : List.of("drop column book.words", "add column book.words")),
                ChangeKind.of("column made computed", plainWords, words,
                        "drop column book.words", "add column book.words"),
                ChangeKind.of("column no longer computed", words, plainWords,
                        "drop column book.words", "add column book.words"));
    }

    /**
     * PostgreSQL adds the value to the named type in place and cannot remove it again; MySQL's inline enum
     * and SQLite's string and check (its table rebuilt) change type both ways; where the check is altered in
     * place (H2) the comparison can only say what differs.
     */
    private static ChangeKind enumValueAdded() {
        LibraryModel after = BASE.withBookColumn(column("format", enumType("book_format", "paper", "ebook", "audio")));
        return ChangeKind.of("enum value added", BASE, after)
                .expecting(capabilities -> capabilities.enums() == EnumStorage.NAMED_TYPE
                        ? List.of("execute ALTER TYPE book_format ADD VALUE 'audio' AFTER 'ebook'")
                        : checkAlteredInPlace(capabilities) ? List.of()
                        : List.of("alter column book.format: type "
                                + enumType("book_format", "paper", "ebook", "audio")))
                .notedOnlyWhere(capabilities -> checkAlteredInPlace(capabilities)
                        ? Optional.of("column book.format has enum values [paper, ebook] and the models want "
                                + "[paper, ebook, audio]")
                        : Optional.empty())
                .irreversibleWhere(capabilities -> capabilities.enums() == EnumStorage.NAMED_TYPE
                        ? Optional.of("a value cannot be removed from a named enum type in place")
                        : Optional.empty());
    }

    private static List<ChangeKind> sequences() {
        LibraryModel numbered = BASE.withSequence(sequence("invoice_number"));
        LibraryModel stepped = BASE.withSequence(sequence("invoice_number").start(1000).increment(10).maxValue(99_999));
        LibraryModel bounded = BASE.withSequence(sequence("invoice_number").minValue(5).cycle(true));
        return List.of(
                ChangeKind.of("sequence added", BASE, numbered, "create sequence invoice_number"),
                ChangeKind.of("sequence dropped", numbered, BASE, "drop sequence invoice_number"),
                ChangeKind.of("sequence start, step and maximum changed", numbered, stepped,
                        "alter sequence invoice_number"),
                ChangeKind.of("sequence minimum and cycling changed", stepped, bounded,
                        "alter sequence invoice_number"))
                .stream().map(kind -> kind.needing(DialectCapabilities::sequences, "the database has no sequences"))
                .toList();
    }

    /**
     * The book's key numbered by autoincrement, by an identity, or not at all. Where a lone {@code INTEGER}
     * key is the row id (SQLite) it is always numbered, and a numbered key of another width is written
     * {@code INTEGER} too; where the database numbers only by {@code AUTO_INCREMENT} (MySQL), every identity
     * is that, and reads back as the autoincrement column.
     */
    private static List<ChangeKind> numbering() {
        LibraryModel unnumbered = BASE.withBookColumn(column("id", INTEGER).primaryKey().autoincrement(false));
        LibraryModel identity = BASE.withBookColumn(column("id", INTEGER).primaryKey()
                .identity(generatedAlways().start(100).increment(5)));
        LibraryModel byDefault = BASE.withBookColumn(column("id", INTEGER).primaryKey()
                .identity(generatedByDefault().start(100)));
        LibraryModel always = BASE.withBookColumn(column("id", INTEGER).primaryKey().identity(generatedAlways()));
        LibraryModel wideNumbered = BASE.withBookColumn(column("id", BIG_INTEGER).primaryKey());
        LibraryModel wideUnnumbered = BASE.withBookColumn(column("id", BIG_INTEGER).primaryKey().autoincrement(false));
        String rowid = "a lone INTEGER key is the row id here, numbered whatever the models say";
        String identities = "the database keeps no identity apart from AUTO_INCREMENT";
        String widened = "a numbered key is written INTEGER here, the row id, whatever width the models give it";
        return List.of(
                ChangeKind.of("autoincrement turned off", BASE, unnumbered, "alter column book.id: autoincrement false")
                        .needing(capabilities -> !capabilities.integerKeyIsRowid(), rowid),
                ChangeKind.of("autoincrement turned on", unnumbered, BASE, "alter column book.id: autoincrement true")
                        .needing(capabilities -> !capabilities.integerKeyIsRowid(), rowid),
                ChangeKind.of("autoincrement turned on for a BIGINT key", wideUnnumbered, wideNumbered,
                        "alter column book.id: autoincrement true")
                        .needing(capabilities -> !capabilities.integerKeyIsRowid(), widened),
                ChangeKind.of("autoincrement turned off for a BIGINT key", wideNumbered, wideUnnumbered,
                        "alter column book.id: autoincrement false")
                        .needing(capabilities -> !capabilities.integerKeyIsRowid(), widened),
                ChangeKind.of("identity added", unnumbered, identity,
                                "alter column book.id: identity always from 100 by 5")
                        .needing(capabilities -> !capabilities.integerKeyIsRowid(), rowid),
                ChangeKind.of("identity changed", identity, byDefault,
                                "alter column book.id: identity by default from 100")
                        .needing(DialectCapabilities::identityColumns, identities),
                ChangeKind.of("identity dropped", identity, unnumbered).expecting(capabilities ->
                                List.of(capabilities.identityColumns() ? "alter column book.id: drop identity"
                                        : "alter column book.id: autoincrement false"))
                        .needing(capabilities -> !capabilities.integerKeyIsRowid(), rowid),
                ChangeKind.of("autoincrement replaced by an identity", BASE, always,
                        "alter column book.id: autoincrement false identity always")
                        .needing(DialectCapabilities::identityColumns, identities),
                ChangeKind.of("identity replaced by autoincrement", identity, BASE,
                        "alter column book.id: identity by default")
                        .needing(DialectCapabilities::identityColumns, identities));
    }

    private static boolean checkAlteredInPlace(DialectCapabilities capabilities) {
        return capabilities.enums() == EnumStorage.CHECK_CONSTRAINT && capabilities.alterColumns();
    }
}
