package dev.retort.autogenerate;

import dev.retort.autogenerate.ConditionTokens.Kind;
import dev.retort.autogenerate.ConditionTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A condition read as {@code AND}, {@code OR} and {@code NOT} over predicates, written in one spelling that
 * is the same for conditions meaning the same in the ways databases rewrite them: the operands of one
 * {@code AND} (or {@code OR}) in any order and grouping (H2 stores {@code a AND b} as {@code (b) AND (a)}),
 * {@code NOT} taken into what it negates ({@code NOT (x > 5)} is {@code x <= 5}, {@code NOT (a AND b)} is
 * {@code NOT a OR NOT b}, {@code NOT x IN (...)} is {@code x NOT IN (...)}) and {@code BETWEEN} written as the
 * two comparisons PostgreSQL keeps. Each holds in SQL's three-valued logic. Within a predicate, parentheses
 * are left out, as databases add them around every operand.
 */
final class ConditionTree {

    private sealed interface Node permits And, Or, Not, Predicate {}

    private record And(List<Node> operands) implements Node {}

    private record Or(List<Node> operands) implements Node {}

    private record Not(Node operand) implements Node {}

    /** Tokens and parenthesised lists, up to the next {@code AND}, {@code OR}, comma or closing parenthesis. */
    private record Predicate(List<Part> parts) implements Node {}

    private sealed interface Part permits Word, Group {}

    private record Word(Token token) implements Part {}

    private record Group(List<Node> items) implements Part {}

    private static final Map<String, String> INVERSES = Map.of("=", "<>", "<>", "=", "<", ">=", ">=", "<",
            ">", "<=", "<=", ">");
    /** Words after which a predicate is not simply one comparison whose operator can be inverted. */
    private static final Set<String> NOT_INVERTIBLE = Set.of("not", "is", "like", "ilike", "in", "between", "similar",
            "any", "all", "some", "exists", "case", "glob", "regexp", "rlike", "match", "escape", "and", "or");
    private static final Set<String> NEGATABLE = Set.of("like", "ilike", "in", "similar");

    private final List<Token> tokens;
    private int position;

    private ConditionTree(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** {@code sql} in the one spelling. */
    static String canonical(String sql) {
        ConditionTree tree = new ConditionTree(ConditionTokens.of(sql));
        Node node = tree.or();
        if (tree.position < tree.tokens.size()) {
            // A stray closing parenthesis or comma: the tokens as they come, without the structure.
            return tree.tokens.stream().filter(t -> t.kind() != Kind.OPEN && t.kind() != Kind.CLOSE)
                    .map(Token::text).collect(Collectors.joining(" "));
        }
        return render(node);
    }

    private Node or() {
        List<Node> operands = new ArrayList<>(List.of(and()));
        while (accept("or")) {
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Or(operands);
    }

    private Node and() {
        List<Node> operands = new ArrayList<>(List.of(not()));
        while (accept("and")) {
            operands.add(not());
        }
        return operands.size() == 1 ? operands.get(0) : new And(operands);
    }

    private Node not() {
        return accept("not") ? new Not(not()) : predicate();
    }

    private Node predicate() {
        List<Part> parts = new ArrayList<>();
        boolean between = false;
        int cases = 0;
        while (position < tokens.size()) {
            Token token = tokens.get(position);
            if (cases == 0 && (token.kind() == Kind.CLOSE || token.kind() == Kind.COMMA || token.isWord("or")
                    || token.isWord("and") && !between)) {
                break;
            }
            position++;
            if (cases == 0 && token.kind() == Kind.OPEN) {
                parts.add(group());
                continue;
            }
            // A CASE is one piece up to its END: its AND and OR are not those of the condition.
            cases += token.isWord("case") ? 1 : token.isWord("end") && cases > 0 ? -1 : 0;
            between = token.isWord("between") || between && !token.isWord("and");
            parts.add(new Word(token));
        }
        return simplified(parts);
    }

    private Group group() {
        List<Node> items = new ArrayList<>(List.of(or()));
        while (position < tokens.size() && tokens.get(position).kind() == Kind.COMMA) {
            position++;
            items.add(or());
        }
        if (position < tokens.size() && tokens.get(position).kind() == Kind.CLOSE) {
            position++;
        }
        return new Group(items);
    }

    private boolean accept(String word) {
        if (position < tokens.size() && tokens.get(position).isWord(word)) {
            position++;
            return true;
        }
        return false;
    }

    /** A parenthesised condition as that condition; {@code x BETWEEN a AND b} as {@code x >= a AND x <= b}. */
    private static Node simplified(List<Part> parts) {
        if (parts.size() == 1 && parts.get(0) instanceof Group group && group.items().size() == 1) {
            return group.items().get(0);
        }
        return between(parts).orElseGet(() -> new Predicate(parts));
    }

    private static Optional<Node> between(List<Part> parts) {
        List<Integer> betweens = positions(parts, "between");
        if (betweens.size() != 1) {
            return Optional.empty();
        }
        int at = betweens.get(0);
        int and = positions(parts, "and").stream().filter(i -> i > at).findFirst().orElse(-1);
        boolean negated = at > 0 && isWord(parts.get(at - 1), "not");
        List<Part> operand = parts.subList(0, negated ? at - 1 : at);
        if (and < at + 2 || and == parts.size() - 1 || operand.isEmpty() || isWord(parts.get(at + 1), "symmetric")
                || isWord(parts.get(at + 1), "asymmetric") || !comparisons(operand).isEmpty()) {
            return Optional.empty();
        }
        List<Part> low = parts.subList(at + 1, and);
        List<Part> high = parts.subList(and + 1, parts.size());
        return Optional.of(negated
                ? new Or(List.of(compared(operand, "<", low), compared(operand, ">", high)))
                : new And(List.of(compared(operand, ">=", low), compared(operand, "<=", high))));
    }

    private static Predicate compared(List<Part> left, String operator, List<Part> right) {
        List<Part> parts = new ArrayList<>(left);
        parts.add(new Word(new Token(Kind.SYMBOL, operator)));
        parts.addAll(right);
        return new Predicate(parts);
    }

    /** {@code NOT node}, taken into {@code node} where that keeps the meaning; otherwise a {@link Not}. */
    private static Node negated(Node node) {
        if (node instanceof Not not) {
            return not.operand();
        }
        if (node instanceof And and) {
            return new Or(and.operands().stream().map(ConditionTree::negated).toList());
        }
        if (node instanceof Or or) {
            return new And(or.operands().stream().map(ConditionTree::negated).toList());
        }
        Predicate predicate = (Predicate) node;
        return inverted(predicate).orElseGet(() -> new Not(predicate));
    }

    /**
     * The predicate that is true where {@code predicate} is false, false where it is true and unknown where it
     * is: one comparison with the inverse operator, {@code IS [NOT]}, {@code [NOT] LIKE} or {@code [NOT] IN}.
     */
    private static Optional<Node> inverted(Predicate predicate) {
        List<Part> parts = predicate.parts();
        List<Integer> comparisons = comparisons(parts);
        List<Integer> keywords = new ArrayList<>();
        for (String word : NOT_INVERTIBLE) {
            keywords.addAll(positions(parts, word));
        }
        if (comparisons.size() == 1 && keywords.isEmpty()) {
            List<Part> inverse = new ArrayList<>(parts);
            String operator = ((Word) parts.get(comparisons.get(0))).token().text();
            inverse.set(comparisons.get(0), new Word(new Token(Kind.SYMBOL, INVERSES.get(operator))));
            return Optional.of(new Predicate(inverse));
        }
        if (!comparisons.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> is = positions(parts, "is");
        List<Integer> nots = positions(parts, "not");
        List<Integer> negatable = new ArrayList<>();
        NEGATABLE.forEach(word -> negatable.addAll(positions(parts, word)));
        int others = keywords.size() - is.size() - nots.size() - negatable.size()
                - positions(parts, "escape").size();
        if (others > 0 || nots.size() > 1 || is.size() + negatable.size() != 1) {
            return Optional.empty();
        }
        List<Part> inverse = new ArrayList<>(parts);
        // After IS the NOT follows it (IS NOT NULL); before LIKE and IN it comes first (NOT LIKE).
        int notAt = is.isEmpty() ? negatable.get(0) - 1 : is.get(0) + 1;
        if (!nots.isEmpty() && nots.get(0) == notAt) {
            inverse.remove(notAt);
        } else if (nots.isEmpty()) {
            inverse.add(is.isEmpty() ? negatable.get(0) : notAt, new Word(new Token(Kind.WORD, "not")));
        } else {
            return Optional.empty();
        }
        return Optional.of(new Predicate(inverse));
    }

    private static List<Integer> comparisons(List<Part> parts) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Word word && word.token().kind() == Kind.SYMBOL
                    && INVERSES.containsKey(word.token().text())) {
                found.add(i);
            }
        }
        return found;
    }

    private static List<Integer> positions(List<Part> parts, String word) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (isWord(parts.get(i), word)) {
                found.add(i);
            }
        }
        return found;
    }

    private static boolean isWord(Part part, String word) {
        return part instanceof Word w && w.token().isWord(word);
    }

    private static String render(Node node) {
        if (node instanceof And and) {
            return operands(and.operands(), And.class, "and");
        }
        if (node instanceof Or or) {
            return operands(or.operands(), Or.class, "or");
        }
        if (node instanceof Not not) {
            Node inside = negated(not.operand());
            return inside instanceof Not still ? "not " + nested(still.operand()) : render(inside);
        }
        return ((Predicate) node).parts().stream().map(ConditionTree::render).filter(text -> !text.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static String render(Part part) {
        if (part instanceof Group group) {
            return group.items().stream().map(ConditionTree::nested).collect(Collectors.joining(" , "));
        }
        Token token = ((Word) part).token();
        return token.kind() == Kind.OPEN || token.kind() == Kind.CLOSE ? "" : token.text();
    }

    /** The operands of one chain of {@code kind}, nested chains of the same kind taken in, in sorted order. */
    private static String operands(List<Node> operands, Class<? extends Node> kind, String word) {
        List<String> rendered = new ArrayList<>();
        collect(operands, kind, rendered);
        return rendered.stream().sorted().collect(Collectors.joining(" " + word + " "));
    }

    private static void collect(List<Node> operands, Class<? extends Node> kind, List<String> rendered) {
        for (Node operand : operands) {
            Node node = operand instanceof Not not ? negatedOrSame(not) : operand;
            if (kind.isInstance(node)) {
                collect(node instanceof And and ? and.operands() : ((Or) node).operands(), kind, rendered);
            } else {
                rendered.add(nested(node));
            }
        }
    }

    private static Node negatedOrSame(Not not) {
        Node inside = negated(not.operand());
        return inside instanceof Not ? not : inside;
    }

    /** A node inside another: an {@code AND} or {@code OR} in parentheses, so that its grouping counts. */
    private static String nested(Node node) {
        Node shown = node instanceof Not not ? negatedOrSame(not) : node;
        return shown instanceof And || shown instanceof Or ? "(" + render(shown) + ")" : render(shown);
    }
}
