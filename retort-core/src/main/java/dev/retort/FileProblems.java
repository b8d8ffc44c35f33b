package dev.retort;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong with a file, in words: the JDK's file exceptions carry only the path as their message
 * ({@code AccessDeniedException: /srv/app/migrations}), which says nothing of the problem.
 */
public final class FileProblems {
    private FileProblems() {
    }

    /** {@code permission denied: /srv/app/migrations}, {@code no such file or folder: ...}, or the message. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fileProblem) {
            String file = fileProblem.getFile() == null ? "" : ": " + fileProblem.getFile()
                    + (fileProblem.getOtherFile() == null ? "" : " -> " + fileProblem.getOtherFile());
            String reason = reason(fileProblem);
            if (reason != null) {
                return reason + file;
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        } else if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        return e.getReason();
    }
}
