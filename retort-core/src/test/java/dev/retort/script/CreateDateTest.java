package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateDateTest {

    private static final Instant INSTANT = Instant.parse("2026-11-22T10:00:00.123456789Z");

    // Expected texts are Python's str(datetime) for the same moments, as Alembic writes them.
    @Test
    void withoutTimezoneShowsLocalTimeWithoutOffset() {
        Clock paris = Clock.fixed(INSTANT, ZoneId.of("Europe/Paris"));

        assertThat(CreateDate.now(paris, Optional.empty()).text()).isEqualTo("2026-11-22 11:00:00.123456");
    }

    @Test
    void withTimezoneShowsThatZonesTimeAndOffset() {
        Clock paris = Clock.fixed(INSTANT, ZoneId.of("Europe/Paris"));

        assertThat(CreateDate.now(paris, Optional.of(ZoneId.of("UTC"))).text()).isEqualTo("2026-11-22 10:00:00.123456+00:00");
        assertThat(CreateDate.now(paris, Optional.of(ZoneId.of("Asia/Kolkata"))).text())
                .isEqualTo("2026-11-22 15:30:00.123456+05:30");
        assertThat(CreateDate.now(paris, Optional.of(ZoneId.of("America/St_Johns"))).text())
                .isEqualTo("2026-11-22 06:30:00.123456-03:30");
    }

    @Test
    void leavesOutAZeroFractionAsPythonDoes() {
        Clock utc = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("UTC"));

        assertThat(CreateDate.now(utc, Optional.empty()).text()).isEqualTo("2026-11-22 10:00:00");
        assertThat(CreateDate.now(utc, Optional.of(ZoneId.of("Asia/Kolkata"))).text()).isEqualTo("2026-11-22 15:30:00+05:30");
    }

    @Test
    void showsOffsetSecondsWhenAZoneHasThem() {
        Clock old = Clock.fixed(Instant.parse("1960-01-01T00:00:00Z"), ZoneId.of("UTC"));

        assertThat(CreateDate.now(old, Optional.of(ZoneId.of("Africa/Monrovia"))).text())
                .isEqualTo("1959-12-31 23:15:30-00:44:30");
    }

    @Test
    void findsZonesAsWrittenOrInUpperCase() {
        assertThat(CreateDate.zone("Europe/Paris")).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(CreateDate.zone("utc")).isEqualTo(ZoneId.of("UTC"));
        assertThatThrownBy(() -> CreateDate.zone("Mars/Olympus"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("Can't locate timezone: Mars/Olympus (use a region such as Europe/Paris or UTC, or an"
                        + " offset such as +02:00)");
    }
}
