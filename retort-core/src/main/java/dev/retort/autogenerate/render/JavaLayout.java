package dev.retort.autogenerate.render;

import dev.retort.autogenerate.render.JavaCode.Atom;
import dev.retort.autogenerate.render.JavaCode.Block;
import dev.retort.autogenerate.render.JavaCode.Call;
import dev.retort.autogenerate.render.JavaCode.Chain;
import dev.retort.autogenerate.render.JavaCode.Lambda;
import dev.retort.autogenerate.render.JavaCode.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lays statements out as lines no wider than a width where it can: what fits stays on one line;
 * otherwise arguments move to continuation lines indented by eight, fluent chains break before each call,
 * and strings break after their line breaks, in the manner of javapoet and google-java-format.
 */
final class JavaLayout {
    static final int CONTINUATION = 8;
    static final int BLOCK = 4;

    private final int width;
    private final StringBuilder out = new StringBuilder();
    private int column;

    private JavaLayout(int width) {
        this.width = width;
    }

    /** The statements, one after another, starting at column 0; no line break after the last. */
    static String lines(List<JavaStatement> statements, int width) {
        JavaLayout layout = new JavaLayout(width);
        statements.forEach(statement -> layout.statement(statement, 0));
        return layout.out.toString();
    }

    private void statement(JavaStatement statement, int indent) {
        for (String comment : statement.comments()) {
            for (String line : NoteLines.of(JavaText.comment(comment), width - indent - 3)) {
                newLine(indent);
                append("// " + line);
            }
        }
        if (statement.hasCode()) {
            newLine(indent);
            write(statement.code(), indent, 1);
            append(";");
        }
    }

    private void write(JavaCode code, int indent, int reserve) {
        String flat = flat(code);
        if (flat != null && column + flat.length() + reserve <= width) {
            append(flat);
        } else if (code instanceof Call call) {
            writeCall(call, indent, reserve);
        } else if (code instanceof Chain chain) {
            writeChain(chain, indent, reserve);
        } else if (code instanceof Lambda lambda) {
            append(lambda.parameter() + " -> ");
            write(lambda.body(), indent, reserve);
        } else if (code instanceof Block block) {
            writeBlock(block, indent);
        } else if (code instanceof Text text) {
            writeText(text, indent);
        } else {
            append(((Atom) code).text());
        }
    }

    private void writeCall(Call call, int indent, int reserve) {
        append(call.name() + "(");
        int lineIndent = indent;
        List<JavaCode> arguments = call.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            JavaCode argument = arguments.get(i);
            int argumentReserve = i == arguments.size() - 1 ? reserve + 1 : 1;
            if (i == 0 && call.wrap() == JavaCode.Wrap.LIST) {
                lineIndent = indent + CONTINUATION;
                newLine(lineIndent);
            } else if (i > 0) {
                append(",");
                String start = start(argument);
                int needed = flat(argument) == null ? 0 : argumentReserve;
                boolean fill = call.wrap() == JavaCode.Wrap.FILL;
                if (fill && start != null && column + 1 + start.length() + needed <= width) {
                    append(" ");
                } else {
                    lineIndent = indent + CONTINUATION;
                    newLine(lineIndent);
                }
            }
            write(argument, lineIndent, argumentReserve);
        }
        append(")");
    }

    /** What must fit on the line for an argument to start there: all of it, or the head of a block or list. */
    private static String start(JavaCode argument) {
        String flat = flat(argument);
        if (flat != null) {
            return flat;
        } else if (argument instanceof Block block) {
            return block.parameter() + " -> {";
        } else if (argument instanceof Call call && call.wrap() != JavaCode.Wrap.FILL) {
            return call.name() + "(";
        } else if (argument instanceof Text text) {
            return JavaText.quote(splitAfterLineBreaks(text.value()).get(0));
        }
        return null;
    }

    private void writeChain(Chain chain, int indent, int reserve) {
        List<Call> calls = chain.calls();
        if (!chain.fluent()) {
            write(chain.base(), indent, 0);
            for (int i = 0; i < calls.size(); i++) {
                append(".");
                write(calls.get(i), indent, i == calls.size() - 1 ? reserve : 0);
            }
            return;
        }
        int continuation = indent + CONTINUATION;
        int first = 0;
        if (chain.base() instanceof Atom atom) {
            append(atom.text() + ".");
            write(calls.get(0), indent, calls.size() == 1 ? reserve : 0);
            first = 1;
        } else {
            write(chain.base(), continuation, 0);
        }
        for (int i = first; i < calls.size(); i++) {
            newLine(continuation);
            append(".");
            write(calls.get(i), continuation, i == calls.size() - 1 ? reserve : 0);
        }
    }

    private void writeBlock(Block block, int indent) {
        append(block.parameter() + " -> {");
        if (block.statements().isEmpty()) {
            append("}");
            return;
        }
        block.statements().forEach(statement -> statement(statement, indent + BLOCK));
        newLine(indent);
        append("}");
    }

    private void writeText(Text text, int indent) {
        List<String> parts = splitAfterLineBreaks(text.value());
        append(JavaText.quote(parts.get(0)));
        for (String part : parts.subList(1, parts.size())) {
            newLine(indent + CONTINUATION);
            append("+ " + JavaText.quote(part));
        }
    }

    private static List<String> splitAfterLineBreaks(String value) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\n' && i + 1 < value.length()) {
                parts.add(value.substring(start, i + 1));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }

    /**
     * The code on one line, or null when it must break: a block, a string with line breaks inside, a call
     * with several elements listed one a line.
     */
    static String flat(JavaCode code) {
        if (code instanceof Atom atom) {
            return atom.text();
        } else if (code instanceof Text text) {
            return splitAfterLineBreaks(text.value()).size() > 1 ? null : JavaText.quote(text.value());
        } else if (code instanceof Call call) {
            return flatCall(call);
        } else if (code instanceof Chain chain) {
            String base = flat(chain.base());
            List<String> calls = chain.calls().stream().map(JavaLayout::flat).toList();
            return base == null || calls.contains(null) ? null : base + "." + String.join(".", calls);
        } else if (code instanceof Lambda lambda) {
            String body = flat(lambda.body());
            return body == null ? null : lambda.parameter() + " -> " + body;
        }
        return null;
    }

    private static String flatCall(Call call) {
        int elements = call.arguments().size() - (call.wrap() == JavaCode.Wrap.ELEMENTS ? 1 : 0);
        if (call.wrap() != JavaCode.Wrap.FILL && elements > 1) {
            return null;
        }
        List<String> arguments = call.arguments().stream().map(JavaLayout::flat).toList();
        return arguments.contains(null) ? null
                : arguments.stream().collect(Collectors.joining(", ", call.name() + "(", ")"));
    }

    private void newLine(int indent) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(" ".repeat(indent));
        column = indent;
    }

    private void append(String text) {
        out.append(text);
        column += text.length();
    }
}
