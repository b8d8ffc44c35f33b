package dev.retort.op;

import dev.retort.schema.Identity;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated identities, and the changes to and states of a column's identity that alterations hold. */
public final class IdentityArbitraries {

    private IdentityArbitraries() {
    }

    /** Always or by default, with or without a start and a non-zero step. */
    public static Arbitrary<Identity> identities() {
        Arbitrary<OptionalLong> starts = Arbitraries.longs().between(-1000, 1000).optional()
                .map(start -> start.map(OptionalLong::of).orElseGet(OptionalLong::empty));
        Arbitrary<OptionalLong> increments = Arbitraries.longs().between(-10, 10).filter(step -> step != 0).optional()
                .map(step -> step.map(OptionalLong::of).orElseGet(OptionalLong::empty));
        return Combinators.combine(Arbitraries.of(true, false), starts, increments).as(Identity::new);
    }

    /** Unchanged, dropped, or set to an identity. */
    public static Arbitrary<Change<Identity>> identityChanges() {
        return Arbitraries.oneOf(List.of(Arbitraries.just(Change.unchanged()), Arbitraries.just(Change.drop()),
                identities().map(Change::to)));
    }

    /** Not known, known absent, or an identity the column has. */
    public static Arbitrary<Existing<Identity>> existingIdentities() {
        return Arbitraries.oneOf(List.of(Arbitraries.just(Existing.unknown()), Arbitraries.just(Existing.absent()),
                identities().map(Existing::of)));
    }
}
