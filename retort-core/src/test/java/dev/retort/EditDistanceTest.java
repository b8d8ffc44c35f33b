package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "url, url, 0",
        "ulr, url, 1",
        "urll, url, 1",
        "ur, url, 1",
        "uxl, url, 1",
        "lru, url, 2",
        "'', url, 3",
        "version_tabel, version_table, 1",
        "ca, abc, 3",
    })
    void countsInsertionsDeletionsReplacementsAndSwapsOfNeighboursAsOneEditEach(String a, String b, int distance) {
        assertThat(EditDistance.between(a, b)).isEqualTo(distance);
        assertThat(EditDistance.between(b, a)).isEqualTo(distance);
    }
}
