package dev.retort.script;

import dev.retort.revision.Revision;
import dev.retort.script.JavaLexer.Kind;
import dev.retort.script.JavaLexer.SyntaxProblem;
import dev.retort.script.JavaLexer.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code @Revision} annotation of a Java revision from its source text: the first annotation
 * named {@code Revision} or {@code dev.retort.api.Revision} outside any braces or parentheses, whose
 * elements must all be string literals or arrays of them.
 */
final class JavaRevisionReader {

    private static final List<String> ELEMENTS =
            List.of("id", "revises", "branchLabels", "dependsOn", "message", "createDate");
    private static final Set<String> ARRAY_ELEMENTS = Set.of("revises", "branchLabels", "dependsOn");
    private static final Set<String> DECLARATIONS = Set.of("class", "interface", "enum", "record");

    /** One element's value: its strings, and where it was written. */
    private record Element(List<String> values, int start) {
    }

    /** What was read, with the line of the id for later messages (duplicate ids). */
    record Result(RevisionScript script, int idLine) {
    }

    private final Path path;
    private final JavaLexer lexer;

    private JavaRevisionReader(Path path, String text, boolean complete) {
        this.path = path;
        this.lexer = new JavaLexer(text, complete);
    }

    /**
     * Reads the annotation from {@code text}; when {@code complete} is false, {@code text} is a prefix
     * of the file and {@link JavaLexer.Truncated} is thrown if it is not enough.
     */
    static Result read(Path path, String text, boolean complete) {
        JavaRevisionReader reader = new JavaRevisionReader(path, text, complete);
        try {
            return reader.read();
        } catch (SyntaxProblem problem) {
            throw reader.broken(problem.getMessage(), problem.position);
        }
    }

    private Result read() {
        int depth = 0;
        int declaration = -1;
        while (true) {
            Token token = lexer.next();
            if (token.kind() == Kind.END) {
                throw broken("no @Revision annotation on the top-level class; add @Revision(id = \"...\","
                        + " revises = {...}) before the class declaration", Math.max(declaration, 0));
            }
            if (depth == 0 && token.isSymbol('@') && isRevisionAnnotation()) {
                Result result = readAnnotation(token.start());
                refuseASecondAnnotation();
                return result;
            }
            if (depth == 0 && declaration < 0 && token.kind() == Kind.IDENTIFIER
                    && DECLARATIONS.contains(token.text())) {
                declaration = token.start();
            }
            depth += nesting(token);
        }
    }

    /**
     * Refuses a file with a second top-level class annotated {@code @Revision}, which a run refuses too: read
     * by the first alone, {@code stamp} would write that one's id. Looked for only where the word occurs again
     * in a file read whole (one longer than the prefix read for its header is left to the run).
     */
    private void refuseASecondAnnotation() {
        if (!lexer.isComplete() || !lexer.occursAhead("Revision")) {
            return;
        }
        int depth = 0;
        for (Token token = lexer.next(); token.kind() != Kind.END; token = lexer.next()) {
            if (depth == 0 && token.isSymbol('@') && isRevisionAnnotation()) {
                throw broken("a second top-level class is annotated @Revision; keep one revision class per file",
                        token.start());
            }
            depth += nesting(token);
        }
    }

    private static int nesting(Token token) {
        if (token.isSymbol('{') || token.isSymbol('(') || token.isSymbol('[')) {
            return 1;
        }
        return token.isSymbol('}') || token.isSymbol(')') || token.isSymbol(']') ? -1 : 0;
    }

    // Consumes the annotation's qualified name; true when it names retort's @Revision.
    private boolean isRevisionAnnotation() {
        if (lexer.peek().kind() != Kind.IDENTIFIER) {
            return false;
        }
        StringBuilder name = new StringBuilder(lexer.next().text());
        while (lexer.peek().isSymbol('.')) {
            lexer.next();
            Token part = lexer.next();
            if (part.kind() != Kind.IDENTIFIER) {
                return false;
            }
            name.append('.').append(part.text());
        }
        return name.toString().equals("Revision") || name.toString().equals("dev.retort.api.Revision");
    }

    private Result readAnnotation(int start) {
        Token open = lexer.next();
        if (!open.isSymbol('(')) {
            throw broken("@Revision has no elements; it needs at least id = \"...\"", start);
        }
        Map<String, Element> elements = new LinkedHashMap<>();
        if (lexer.peek().isSymbol(')')) {
            lexer.next();
        } else {
            readElements(elements);
        }
        return result(elements, start);
    }

    private void readElements(Map<String, Element> elements) {
        while (true) {
            Token name = lexer.next();
            if (name.kind() != Kind.IDENTIFIER || !lexer.peek().isSymbol('=')) {
                throw unexpected(name, "an element name such as id = \"...\"");
            }
            lexer.next();
            if (!ELEMENTS.contains(name.text())) {
                throw broken("@Revision has no element '" + name.text() + "'; its elements are "
                        + String.join(", ", ELEMENTS), name.start());
            }
            if (elements.containsKey(name.text())) {
                throw broken("@Revision gives '" + name.text() + "' twice", name.start());
            }
            elements.put(name.text(), readValue(name));
            Token after = lexer.next();
            if (after.isSymbol(')')) {
                return;
            }
            if (!after.isSymbol(',')) {
                throw unexpected(after, "',' or ')' after the value of '" + name.text() + "'");
            }
        }
    }

    private Element readValue(Token name) {
        Token value = lexer.next();
        if (value.kind() == Kind.STRING) {
            requireEndOfValue(name.text());
            return new Element(List.of(value.text()), value.start());
        }
        if (!value.isSymbol('{')) {
            throw notALiteral(name.text(), value);
        }
        if (!ARRAY_ELEMENTS.contains(name.text())) {
            throw broken("'" + name.text() + "' must be a single string literal, not an array", value.start());
        }
        return new Element(readArray(name.text()), value.start());
    }

    private List<String> readArray(String name) {
        List<String> values = new ArrayList<>();
        while (true) {
            Token item = lexer.next();
            if (item.isSymbol('}')) {
                return values;
            }
            if (item.kind() == Kind.IDENTIFIER && ELEMENTS.contains(item.text()) && lexer.peek().isSymbol('=')) {
                throw broken("the array of '" + name + "' has no closing '}' before '" + item.text() + " ='",
                        item.start());
            }
            if (item.kind() != Kind.STRING) {
                throw notALiteral(name, item);
            }
            values.add(item.text());
            requireEndOfValue(name);
            Token separator = lexer.next();
            if (separator.isSymbol('}')) {
                return values;
            }
            if (!separator.isSymbol(',')) {
                throw unexpected(separator, "',' or '}' in the array of '" + name + "'");
            }
        }
    }

    private void requireEndOfValue(String name) {
        Token next = lexer.peek();
        if (next.isSymbol('+')) {
            throw broken("the value of '" + name + "' is a concatenation; retort reads revision metadata without"
                    + " compiling, so write it as one string literal", next.start());
        }
        if (next.isSymbol('.') || next.isSymbol('(')) {
            throw broken("the value of '" + name + "' is an expression; retort reads revision metadata without"
                    + " compiling, so write it as a plain string literal", next.start());
        }
    }

    private Result result(Map<String, Element> elements, int annotation) {
        Element id = elements.get("id");
        if (id == null) {
            throw broken("@Revision has no 'id' element", annotation);
        }
        try {
            RevisionIds.validate(id.values().get(0));
        } catch (InvalidRevisionIdException e) {
            throw broken(e.getMessage(), id.start());
        }
        Revision revision = new Revision(id.values().get(0),
                entries(elements, "revises"), entries(elements, "branchLabels"), entries(elements, "dependsOn"));
        RevisionScript script = new RevisionScript(
                revision, single(elements, "message"), single(elements, "createDate"), path, RevisionFormat.JAVA);
        return new Result(script, lexer.lineOf(id.start()));
    }

    private List<String> entries(Map<String, Element> elements, String name) {
        Element element = elements.get(name);
        if (element == null) {
            return List.of();
        }
        for (int i = 0; i < element.values().size(); i++) {
            String value = element.values().get(i);
            if (value.isBlank()) {
                throw broken("'" + name + "' has an empty entry", element.start());
            }
            if (element.values().subList(0, i).contains(value)) {
                throw broken("'" + name + "' lists '" + value + "' twice", element.start());
            }
        }
        return element.values();
    }

    private static String single(Map<String, Element> elements, String name) {
        Element element = elements.get(name);
        return element == null ? "" : element.values().get(0);
    }

    private BrokenRevisionFileException notALiteral(String name, Token found) {
        if (found.kind() == Kind.TEXT_BLOCK) {
            return broken("the value of '" + name + "' is a text block; write it as a string literal",
                    found.start());
        }
        if (found.kind() == Kind.END) {
            return broken("the @Revision annotation is not closed", found.start());
        }
        return broken("the value of '" + name + "' must be a string literal, not " + found.describe()
                + "; retort reads revision metadata without compiling, so constants cannot be used",
                found.start());
    }

    private BrokenRevisionFileException unexpected(Token found, String expected) {
        if (found.kind() == Kind.END) {
            return broken("the @Revision annotation is not closed", found.start());
        }
        return broken("expected " + expected + " in @Revision, found " + found.describe(), found.start());
    }

    private BrokenRevisionFileException broken(String reason, int position) {
        return new BrokenRevisionFileException(path, reason, lexer.lineOf(position));
    }
}
