package dev.retort.script;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Mustache for source files: values are written as they are (no HTML escaping), and partials are
 * looked up beside the template.
 */
final class SourceTemplates {

    private SourceTemplates() {
    }

    /** Renders {@code template} (named {@code name} in messages) with {@code variables}. */
    static String render(String template, String name, Path partialsFolder, Map<String, ?> variables) {
        DefaultMustacheFactory factory = new DefaultMustacheFactory(partialsFolder.toFile()) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        try {
            Mustache mustache = factory.compile(new StringReader(template), name);
            StringWriter out = new StringWriter();
            mustache.execute(out, variables);
            return out.toString();
        } catch (MustacheException e) {
            throw new ScriptException("Template " + name + " cannot be rendered: " + e.getMessage(), e);
        }
    }
}
