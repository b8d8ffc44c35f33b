package dev.retort.script;

import dev.retort.FileProblems;
import dev.retort.revision.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes new revision files through the environment's templates ({@code script.java.mustache} and
 * {@code script.sql.mustache} in the script location), named by the {@code file_template} setting.
 *
 * <p>Before anything is written, the rendered text is read back with {@link RevisionFileParser}: a
 * template that loses the id, the parents, the branch labels or the dependencies is refused with a
 * message naming what it lost, rather than leaving a file that breaks the graph. An existing file is
 * never overwritten.
 */
public final class RevisionWriter {

    private final Path scriptLocation;
    private final FileTemplate fileTemplate;
    private final int truncateSlugLength;
    private final Optional<ZoneId> timezone;
    private final Clock clock;

    /**
     * @param scriptLocation the environment folder holding the templates
     * @param fileTemplate the {@code file_template} setting, e.g. {@code {rev}_{slug}}
     * @param truncateSlugLength the {@code truncate_slug_length} setting (Alembic's default is 40)
     * @param timezone the {@code timezone} setting; without it the create date is the clock's local time
     *     and shows no offset
     * @param clock the time source ({@link Clock#systemDefaultZone()} outside tests)
     */
    public RevisionWriter(Path scriptLocation, String fileTemplate, int truncateSlugLength,
            Optional<ZoneId> timezone, Clock clock) {
        this.scriptLocation = Objects.requireNonNull(scriptLocation, "scriptLocation");
        this.fileTemplate = new FileTemplate(fileTemplate);
        if (truncateSlugLength < 1) {
            throw new ScriptException("truncate_slug_length must be at least 1, not " + truncateSlugLength);
        }
        this.truncateSlugLength = truncateSlugLength;
        this.timezone = Objects.requireNonNull(timezone, "timezone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Where {@link #write} would put {@code revision} now. Date tokens in the file template make the
     * answer depend on the time of the call.
     */
    public Path plannedPath(NewRevision revision, Path versionLocation) {
        return pathFor(revision, versionLocation, CreateDate.now(clock, timezone));
    }

    /**
     * Renders {@code revision} into a new file under {@code versionLocation}, creating the folders the
     * file template names, and returns the file.
     *
     * @throws RevisionFileExistsException when the file already exists
     * @throws ScriptException when the template is missing, broken or loses metadata
     */
    public Path write(NewRevision revision, Path versionLocation) {
        CreateDate createDate = CreateDate.now(clock, timezone);
        Path path = pathFor(revision, versionLocation, createDate);
        if (Files.exists(path)) {
            throw new RevisionFileExistsException(path);
        }
        String text = render(revision, createDate);
        verify(revision, path, text);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new RevisionFileExistsException(path);
        } catch (IOException e) {
            throw new ScriptException("Cannot write revision file " + path + ": " + FileProblems.describe(e), e);
        }
        return path;
    }

    /** The text of {@code revision} as its template renders it. */
    String render(NewRevision revision, CreateDate createDate) {
        Path template = templatePath(revision.format());
        String className = ClassNames.of(Slugs.slug(revision.message(), truncateSlugLength), revision.id());
        Map<String, Object> variables = TemplateVariables.of(revision, createDate.text(), className);
        return SourceTemplates.render(readTemplate(template), template.toString(), scriptLocation, variables);
    }

    private Path pathFor(NewRevision revision, Path versionLocation, CreateDate createDate) {
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("rev", revision.id());
        tokens.put("slug", Slugs.slug(revision.message(), truncateSlugLength));
        tokens.putAll(createDate.tokens());
        String name = fileTemplate.render(tokens) + revision.format().extension();
        Path location = versionLocation.toAbsolutePath().normalize();
        Path path = location.resolve(name).normalize();
        if (!path.startsWith(location) || path.equals(location)) {
            throw new ScriptException("file_template '" + fileTemplate + "' gives " + name
                    + ", which is outside the version location " + location);
        }
        if (path.getFileName().toString().startsWith(".")) {
            throw new ScriptException("file_template '" + fileTemplate + "' gives the hidden file name "
                    + path.getFileName() + ", which would never be loaded; " + hiddenFileAdvice());
        }
        return path;
    }

    /** What to change in a file template whose file name came out empty or starting with a dot. */
    private String hiddenFileAdvice() {
        String template = fileTemplate.template();
        String fileName = template.substring(template.lastIndexOf('/') + 1);
        if (fileName.isEmpty()) {
            return "file_template ends with '/', so the file name after it is empty: end it with the file's name,"
                    + " as in {year}/{rev}_{slug}";
        }
        if (!fileName.contains("{rev}")) {
            return "include {rev} in the file name (the part of file_template after its last '/')";
        }
        return "start the file name (the part of file_template after its last '/') with something other than '.'";
    }

    private Path templatePath(RevisionFormat format) {
        return scriptLocation.resolve(format.templateFileName()).toAbsolutePath().normalize();
    }

    private static String readTemplate(Path template) {
        try {
            return Files.readString(template, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScriptException("Template " + template + " is missing; an environment needs"
                    + " script.java.mustache and script.sql.mustache (retort init writes both)", e);
        } catch (IOException e) {
            throw new ScriptException("Cannot read template " + template + ": " + FileProblems.describe(e), e);
        }
    }

    private void verify(NewRevision expected, Path path, String text) {
        Path template = templatePath(expected.format());
        RevisionScript written;
        try {
            written = RevisionFileParser.parse(path, text, expected.format());
        } catch (BrokenRevisionFileException e) {
            String where = e.line() == 0 ? "" : " (line " + e.line() + " of its output)";
            throw new ScriptException("Template " + template + " writes a revision that cannot be read back: "
                    + e.reason() + where, e);
        }
        Revision revision = written.revision();
        mustMatch(template, "the id", expected.id(), revision.id());
        mustMatch(template, "revises", expected.revises(), revision.downRevisions());
        mustMatch(template, "branchLabels", expected.branchLabels(), revision.branchLabels());
        mustMatch(template, "dependsOn", expected.dependsOn(), revision.dependsOn());
    }

    private static void mustMatch(Path template, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new ScriptException("Template " + template + " writes " + what + " as " + actual + " instead of "
                    + expected + "; does it include every element of the revision (see README.md)?");
        }
    }
}
