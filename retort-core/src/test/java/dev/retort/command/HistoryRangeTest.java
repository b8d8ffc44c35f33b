package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.revision.EmptySymbolException;
import org.junit.jupiter.api.Test;

class HistoryRangeTest {

    @Test
    void emptySidesMeanBaseAndHeads() {
        HistoryRange range = HistoryRange.parse(":");
        assertThat(range.lowerOrBase()).isEqualTo("base");
        assertThat(range.upperOrHeads()).isEqualTo("heads");
    }

    @Test
    void keepsRelativeEndpointsAsWritten() {
        HistoryRange range = HistoryRange.parse("-2:27c6+1");
        assertThat(range.lower()).isEqualTo("-2");
        assertThat(range.upper()).isEqualTo("27c6+1");
    }

    @Test
    void rejectsARangeWithoutColonWithAlembicsMessage() {
        assertThatThrownBy(() -> HistoryRange.parse("27c6"))
                .isInstanceOf(CommandException.class)
                .hasMessage("History range requires [start]:[end], [start]:, or :[end]");
    }

    @Test
    void rejectsMoreThanOneColon() {
        assertThatThrownBy(() -> HistoryRange.parse("a:b:c")).isInstanceOf(CommandException.class).hasMessageContaining("more than one");
    }

    @Test
    void rejectsASideThatNamesNothing() {
        assertThatThrownBy(() -> HistoryRange.parse("feature@:"))
                .isInstanceOf(EmptySymbolException.class)
                .hasMessageStartingWith("Revision argument 'feature@' has nothing after the '@'");
        assertThatThrownBy(() -> HistoryRange.parse(":@"))
                .isInstanceOf(EmptySymbolException.class)
                .hasMessageStartingWith("Revision argument '@' names nothing");
        assertThat(HistoryRange.parse("feature@base:").lower()).isEqualTo("feature@base");
    }

    @Test
    void noticesCurrentOnEitherSide() {
        assertThat(HistoryRange.parse("current:").mentionsCurrent()).isTrue();
        assertThat(HistoryRange.parse("base:heads").mentionsCurrent()).isFalse();
    }
}
