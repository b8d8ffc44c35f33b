package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A failure of a revision that is a dump (thousands of statements, some megabytes long) is told in a few lines. */
class StatementFailedMessageTest {

    @Test
    void aLongStatementAndALongListAreShownShortened() {
        String blob = "INSERT INTO img VALUES (1, X'" + "ab".repeat(500_000) + "')";
        List<String> applied = IntStream.rangeClosed(1, 400).mapToObj(i -> "INSERT INTO t VALUES (" + i + ")").toList();

        String message = new StatementFailedException("aaaa00000001", "dump.sql:7", "duplicate key", blob, applied,
                List.of(), List.of(), false, Optional.of(List.of()), StatementFailedException.Aftermath.PARTLY_APPLIED,
                "stamp it", null).getMessage();

        assertThat(message).hasSizeLessThan(10_000)
                .contains("statement: INSERT INTO img VALUES (1, X'abab", "... (" + blob.length() + " characters)")
                .contains("400 statement(s):\n    INSERT INTO t VALUES (1)\n")
                .contains("    INSERT INTO t VALUES (20)\n    ... 375 more ...\n    INSERT INTO t VALUES (396)\n")
                .contains("    INSERT INTO t VALUES (400)\n")
                .endsWith("stamp it");
    }
}
