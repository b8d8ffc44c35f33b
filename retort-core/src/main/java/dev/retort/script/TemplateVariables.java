package dev.retort.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The variables a revision template sees (documented in the scaffolded README). Values come raw
 * ({@code message}), as Java literals ({@code messageLiteral}, {@code revisesArray}), joined with
 * {@code ", "} ({@code revisesJoined}), and as comment text ({@code messageAsJavadoc},
 * {@code messageAsSqlComment}); {@code has...} booleans let a logic-less template leave out empty
 * elements.
 */
final class TemplateVariables {

    private TemplateVariables() {
    }

    static Map<String, Object> of(NewRevision revision, String createDate, String className) {
        Map<String, Object> variables = new LinkedHashMap<>();
        String message = revision.messageOrDefault();
        variables.put("format", revision.format().configName());
        variables.put("id", revision.id());
        variables.put("idLiteral", JavaLiterals.quote(revision.id()));
        putList(variables, "revises", revision.revises());
        putList(variables, "branchLabels", revision.branchLabels());
        putList(variables, "dependsOn", revision.dependsOn());
        variables.put("message", message);
        variables.put("messageLiteral", JavaLiterals.quote(message));
        variables.put("messageAsJavadoc", JavaLiterals.javadoc(message));
        variables.put("messageAsSqlComment", sqlComment(message));
        variables.put("createDate", createDate);
        variables.put("createDateLiteral", JavaLiterals.quote(createDate));
        variables.put("className", className);
        List<String> imports = List.copyOf(new TreeSet<>(revision.imports()));
        variables.put("imports", imports);
        variables.put("hasImports", !imports.isEmpty());
        putBody(variables, "upgrades", revision.upgradeBody());
        putBody(variables, "downgrades", revision.downgradeBody());
        return variables;
    }

    private static void putList(Map<String, Object> variables, String name, List<String> values) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        variables.put(name, values);
        variables.put(name + "Joined", String.join(", ", values));
        variables.put(name + "Array", JavaLiterals.array(values));
        variables.put("has" + capitalised, !values.isEmpty());
    }

    private static void putBody(Map<String, Object> variables, String name, String body) {
        String text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        while (text.startsWith("\n")) {
            text = text.substring(1);
        }
        variables.put(name, text);
        variables.put(name + "Indented", indent(text, "        "));
        variables.put("has" + Character.toUpperCase(name.charAt(0)) + name.substring(1), !text.isBlank());
    }

    private static String indent(String text, String indentation) {
        StringBuilder out = new StringBuilder();
        text.lines().forEach(line -> {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (!line.isBlank()) {
                out.append(indentation).append(line);
            }
        });
        return out.toString();
    }

    private static String sqlComment(String text) {
        if (text.isEmpty()) {
            return "--";
        }
        StringBuilder out = new StringBuilder();
        text.lines().forEach(line -> {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.isEmpty() ? "--" : "-- " + line);
        });
        return out.toString();
    }
}
