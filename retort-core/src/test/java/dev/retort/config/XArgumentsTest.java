package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XArgumentsTest {

    @Test
    void splitsOnTheFirstEqualsSign() {
        assertThat(XArguments.parse(List.of("url=postgres://h/db?a=b"))).containsEntry("url", "postgres://h/db?a=b");
    }

    @Test
    void givesAnEmptyValueWhenThereIsNoEqualsSignAsAlembicDoes() {
        assertThat(XArguments.parse(List.of("dry_run", "tag="))).containsEntry("dry_run", "").containsEntry("tag", "");
    }

    @Test
    void keepsTheOrderGivenAndTheLastValueOfARepeatedKey() {
        assertThat(XArguments.parse(List.of("b=1", "a=2", "b=3")))
                .containsExactly(Map.entry("b", "3"), Map.entry("a", "2"));
    }

    @Test
    void rejectsAnArgumentWithoutKeyWithoutRepeatingItsValue() {
        assertThatThrownBy(() -> XArguments.parse(List.of("a=1", "=s3cret")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("-x argument 2 has no key before '='; write -x key=value");
    }
}
