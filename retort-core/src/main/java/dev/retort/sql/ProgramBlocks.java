package dev.retort.sql;

import dev.retort.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stored-program bodies as the MySQL, MariaDB and SQLite servers see them, for scripts that do not change
 * the delimiter. In a statement that creates a procedure, function, trigger or event, or alters one (MySQL's
 * {@code ALTER EVENT ... DO BEGIN ... END}), {@code BEGIN} and
 * {@code CASE} open a block and {@code END} closes the innermost one; {@code END IF}, {@code END LOOP},
 * {@code END REPEAT}, {@code END WHILE} and {@code END FOR} close constructs that are not tracked at all,
 * since their opening words ({@code IF}, {@code REPEAT}) are also functions. {@code END CASE} closes a
 * {@code CASE} statement as {@code END} closes a {@code CASE} expression. Labels ({@code outer: LOOP ...
 * END LOOP outer}) need nothing special. Where a column or variable is named {@code begin}, {@code end} or
 * {@code case}, the word is a name: after {@code .} or {@code @} ({@code NEW.end}, {@code @begin}), and for
 * {@code begin} and {@code end} after {@code (}, an operator or comma, or a word after which only a value or
 * a name can come ({@code SET}, {@code SELECT}, {@code WHERE}, {@code BETWEEN}, {@code IF}, ...; for
 * {@code end}, {@code AS} too), or before {@code .}, or before {@code =} unless it closes a {@code CASE}
 * expression ({@code CASE ... END = 1}).
 *
 * <p>A SQLite trigger is read as {@code sqlite3_complete()} reads it: its body ends at an {@code END} that
 * directly follows a {@code ;}, and no other word counts ({@code SET end = 1}, {@code CASE ... END}).
 */
final class ProgramBlocks implements BlockTracker {
    private static final List<String> UNTRACKED_ENDINGS = List.of("IF", "LOOP", "REPEAT", "WHILE", "FOR");
    private static final List<String> NAME_BEFORE = List.of("SET", "SELECT", "WHERE", "AND", "OR", "ON", "BY",
            "BETWEEN", "DISTINCT", "HAVING", "FROM", "INTO", "JOIN", "LIKE", "NOT", "IN", "RETURN", "WHEN",
            "CASE", "IF", "ELSEIF", "WHILE", "UNTIL", "DECLARE");
    /**
     * Words after which {@code end}, but not {@code begin}, is a name: MariaDB's Oracle mode writes
     * {@code AS BEGIN} and {@code IS BEGIN}.
     */
    private static final List<String> END_NAME_BEFORE = List.of("AS", "IS");
    /** Words after which {@code end} starts a value, so that {@code end = 1} compares a name even in a CASE. */
    private static final List<String> VALUE_STARTS_AFTER = List.of("THEN", "ELSE", "WHEN");

    private enum State { START, HEADER, ANONYMOUS_BLOCK, PROGRAM, OTHER }

    private final String script;
    private final ProgramSyntax syntax;
    private final List<Token> openers = new ArrayList<>();
    private State state = State.START;
    private Token firstWord;
    private Token previous;
    private boolean valueExpected;
    private boolean pendingEnd;
    /** The token before the pending {@code END}. */
    private Token beforePendingEnd;

    ProgramBlocks(String script, ProgramSyntax syntax) {
        this.script = script;
        this.syntax = syntax;
    }

    @Override
    public void accept(Token token) {
        switch (state) {
            case START -> start(token);
            case HEADER -> header(token);
            case ANONYMOUS_BLOCK -> anonymousBlock(token);
            case PROGRAM -> body(token);
            case OTHER -> { }
        }
    }

    private void start(Token token) {
        firstWord = token;
        if (token.isWord(script, "CREATE") || token.isWord(script, "ALTER") && syntax.alteredBodies()) {
            state = State.HEADER;
        } else if (token.isWord(script, "BEGIN") && syntax.anonymousBlocks()) {
            state = State.ANONYMOUS_BLOCK;
        } else {
            state = State.OTHER;
        }
    }

    // The words between CREATE and the kind of object; a value after '=' or '@' (a definer) is skipped.
    private void header(Token token) {
        boolean valueToken = token.kind() == Kind.WORD || token.kind() == Kind.LITERAL;
        if (valueToken && valueExpected) {
            valueExpected = false;
        } else if (token.kind() == Kind.SYMBOL) {
            char symbol = script.charAt(token.start());
            valueExpected = symbol == '=' || symbol == '@';
        } else if (token.kind() == Kind.WORD) {
            String word = token.text(script).toUpperCase(Locale.ROOT);
            if (syntax.kinds().contains(word)) {
                state = State.PROGRAM;
                if (syntax.endAfterSemicolon()) {
                    openers.add(token);
                }
            } else if (!syntax.modifiers().contains(word) && !syntax.valueModifiers().contains(word)) {
                state = State.OTHER;
            }
        } else if (token.kind() != Kind.OPEN_PAREN && token.kind() != Kind.CLOSE_PAREN) {
            state = State.OTHER;
        }
    }

    // BEGIN NOT ATOMIC: the BEGIN already seen opens the program's body.
    private void anonymousBlock(Token token) {
        if (token.isWord(script, "NOT")) {
            state = State.PROGRAM;
            openers.add(firstWord);
        } else {
            state = State.OTHER;
        }
    }

    private void body(Token token) {
        Token before = previous;
        previous = token;
        if (syntax.endAfterSemicolon()) {
            if (before != null && before.kind() == Kind.SEMICOLON && token.isWord(script, "END")) {
                close();
            }
            return;
        }
        if (pendingEnd) {
            pendingEnd = false;
            if (UNTRACKED_ENDINGS.stream().anyMatch(ending -> token.isWord(script, ending))) {
                return;
            }
            boolean name = isSymbol(token, '.') || isSymbol(token, '=') && !(closesCase() && endsAValue());
            if (!name) {
                close();
                if (token.isWord(script, "CASE")) {
                    return;
                }
            }
        }
        boolean caseWord = token.isWord(script, "CASE");
        boolean blockWord = token.isWord(script, "BEGIN") || token.isWord(script, "END");
        if (!caseWord && !blockWord || isName(before, token)) {
            return;
        }
        if (token.isWord(script, "END")) {
            pendingEnd = true;
            beforePendingEnd = before;
        } else {
            openers.add(token);
        }
    }

    // Whether a block word after 'before' names a column or variable. 'case' opens an expression after an
    // operator or a comma too; a block's 'begin' or 'end' never follows one (only ':' of a label).
    private boolean isName(Token before, Token word) {
        if (before == null) {
            return false;
        }
        if (isSymbol(before, '.') || isSymbol(before, '@')) {
            return true;
        }
        if (word.isWord(script, "CASE")) {
            return false;
        }
        return before.kind() == Kind.SYMBOL && !isSymbol(before, ':') || before.kind() == Kind.OPEN_PAREN
                || NAME_BEFORE.stream().anyMatch(name -> before.isWord(script, name))
                || word.isWord(script, "END") && END_NAME_BEFORE.stream().anyMatch(name -> before.isWord(script, name));
    }

    // Whether the END just read closes a CASE expression: the innermost open block is a CASE.
    private boolean closesCase() {
        return !openers.isEmpty() && openers.get(openers.size() - 1).isWord(script, "CASE");
    }

    // Whether the END just read follows a value, as the END of a CASE does, rather than starting one.
    private boolean endsAValue() {
        return beforePendingEnd == null
                || VALUE_STARTS_AFTER.stream().noneMatch(word -> beforePendingEnd.isWord(script, word));
    }

    private boolean isSymbol(Token token, char symbol) {
        return token.kind() == Kind.SYMBOL && token.end() - token.start() == 1
                && script.charAt(token.start()) == symbol;
    }

    private void close() {
        if (!openers.isEmpty()) {
            openers.remove(openers.size() - 1);
        }
    }

    @Override
    public OpenBlock openBlock() {
        if (openers.isEmpty()) {
            return null;
        }
        return new OpenBlock(openers.get(0), "END");
    }

    @Override
    public void reset() {
        openers.clear();
        state = State.START;
        firstWord = null;
        previous = null;
        valueExpected = false;
        pendingEnd = false;
        beforePendingEnd = null;
    }
}
