package dev.retort.command;

import dev.retort.revision.EmptySymbolException;
import dev.retort.script.RevisionFormat;
import dev.retort.script.RevisionIds;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of {@code revision} (and, with several heads, {@code merge}).
 *
 * @param heads the revisions to build on ({@code --head}, or the revisions to merge); {@code ["head"]} by default
 * @param versionPath the version location to write into, when there are several
 * @param format the file format, else the configured {@code revision_format}
 */
public record RevisionRequest(
        Optional<String> message,
        List<String> heads,
        boolean splice,
        List<String> branchLabels,
        Optional<Path> versionPath,
        Optional<String> revisionId,
        List<String> dependsOn,
        Optional<RevisionFormat> format) {

    /**
     * Refuses, before anything is read or connected to, an empty revision argument ({@code --head ""},
     * {@code feature@}) and a {@code --rev-id} that could not be used.
     */
    public RevisionRequest {
        heads.forEach(EmptySymbolException::check);
        dependsOn.forEach(EmptySymbolException::check);
        revisionId.ifPresent(RevisionIds::validate);
        heads = List.copyOf(heads);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** The same request with another message. */
    public RevisionRequest withMessage(Optional<String> newMessage) {
        return new RevisionRequest(newMessage, heads, splice, branchLabels, versionPath, revisionId, dependsOn, format);
    }

    /** A plain new revision on the single head with the given message. */
    public static RevisionRequest onHead(String message) {
        return new RevisionRequest(Optional.ofNullable(message), List.of("head"), false, List.of(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }
}
