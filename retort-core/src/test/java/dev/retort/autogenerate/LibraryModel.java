package dev.retort.autogenerate;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.literal;
import static dev.retort.api.Schema.primaryKey;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;

import dev.retort.model.MetaData;
import dev.retort.schema.Column;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models the change kinds start from, and each kind's one change to them: authors, their books (with
 * a default, an enum and columns to change) and editions keyed by a code. Every method returns a copy.
 */
final class LibraryModel {
    private final Map<String, Column> bookColumns;
    private final List<TableElement> bookElements;
    private final Optional<String> authorComment;
    private final List<String> editionKey;
    private final boolean note;
    private final List<Sequence> sequences;

    private LibraryModel(Map<String, Column> bookColumns, List<TableElement> bookElements,
            Optional<String> authorComment, List<String> editionKey, boolean note, List<Sequence> sequences) {
        this.bookColumns = bookColumns;
        this.bookElements = bookElements;
        this.authorComment = authorComment;
        this.editionKey = editionKey;
        this.note = note;
        this.sequences = sequences;
    }

    static LibraryModel base() {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Column column : List.of(column("id", INTEGER).primaryKey(), column("author_id", INTEGER),
                column("title", string(100)).notNull(), column("pages", INTEGER),
                column("status", string(10)).serverDefault(literal("new")), column("summary", string(200)),
                column("format", enumType("book_format", "paper", "ebook")))) {
            columns.put(column.name(), column);
        }
        return new LibraryModel(columns, List.of(), Optional.empty(), List.of("code"), false, List.of());
    }

    /** The book table with this column in place of the one of its name, or added last. */
    LibraryModel withBookColumn(Column column) {
        Map<String, Column> columns = new LinkedHashMap<>(bookColumns);
        columns.put(column.name(), column);
        return new LibraryModel(columns, bookElements, authorComment, editionKey, note, sequences);
    }

    LibraryModel withoutBookColumn(String name) {
        Map<String, Column> columns = new LinkedHashMap<>(bookColumns);
        columns.remove(name);
        return new LibraryModel(columns, bookElements, authorComment, editionKey, note, sequences);
    }

    /** The book table with one more constraint or index. */
    LibraryModel withBookElement(TableElement element) {
        List<TableElement> elements = new ArrayList<>(bookElements);
        elements.add(element);
        return new LibraryModel(bookColumns, elements, authorComment, editionKey, note, sequences);
    }

    LibraryModel withAuthorComment(String comment) {
        return new LibraryModel(bookColumns, bookElements, Optional.of(comment), editionKey, note, sequences);
    }

    LibraryModel withEditionKey(String... columns) {
        return new LibraryModel(bookColumns, bookElements, authorComment, List.of(columns), note, sequences);
    }

    LibraryModel withNoteTable() {
        return new LibraryModel(bookColumns, bookElements, authorComment, editionKey, true, sequences);
    }

    LibraryModel withSequence(Sequence sequence) {
        List<Sequence> more = new ArrayList<>(sequences);
        more.add(sequence);
        return new LibraryModel(bookColumns, bookElements, authorComment, editionKey, note, more);
    }

    DatabaseSchema schema() {
        Table author = table("author", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull())
                .withComment(authorComment);
        List<TableElement> book = new ArrayList<>(bookColumns.values());
        book.addAll(bookElements);
        Table edition = table("edition", column("code", string(10)).notNull(), column("number", INTEGER).notNull(),
                primaryKey("pk_edition", editionKey.toArray(String[]::new)));
        MetaData models = MetaData.empty().table(author, table("book", book.toArray(TableElement[]::new)), edition);
        if (note) {
            models = models.table(table("note", column("id", INTEGER).primaryKey(), column("body", TEXT)));
        }
        for (Sequence sequence : sequences) {
            models = models.sequence(sequence);
        }
        return models.toSchema();
    }
}
