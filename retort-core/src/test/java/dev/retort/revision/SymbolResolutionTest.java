package dev.retort.revision;

import static dev.retort.revision.Graphs.graph;
import static dev.retort.revision.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Alembic's identifier grammar: ids, prefixes, labels, head/heads/base, branch@symbol, relative forms. */
class SymbolResolutionTest {

    /** Alembic APITest. */
    @Nested
    class HeadAndBase {
        private final RevisionGraph single = graph(rev("a"), rev("b", "a"), rev("c", "b"));
        private final RevisionGraph branched = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"));

        @Test
        void headIsTheSingleHeadAndBaseIsNothing() {
            assertThat(single.resolveOne("head")).isEqualTo("c");
            assertThat(single.resolve("base")).isEmpty();
            assertThat(single.resolveOneOrBase("base")).isEmpty();
            assertThatThrownBy(() -> single.resolveOne("base"))
                    .isInstanceOf(UnknownRevisionException.class)
                    .hasMessage("No revision is indicated by symbol 'base'; it stands for the empty state below every"
                            + " base");
        }

        @Test
        void headWithSeveralHeadsIsRefusedWithAlembicsAdvice() {
            assertThatThrownBy(() -> branched.resolve("head"))
                    .isInstanceOf(MultipleHeadsException.class)
                    .hasMessage("Multiple head revisions are present for given argument 'head'; please specify a"
                            + " specific target revision, '<branchname>@head' to narrow to a specific head, or"
                            + " 'heads' for all heads (heads: c1, c2)")
                    .satisfies(e -> assertThat(((MultipleHeadsException) e).heads()).containsExactly("c1", "c2"));
        }

        @Test
        void headsIsEveryHeadButOnlyOneWhenOneIsAskedFor() {
            assertThat(branched.resolve("heads")).containsExactly("c1", "c2");
            assertThatThrownBy(() -> branched.resolveOne("heads"))
                    .isInstanceOf(MultipleHeadsException.class)
                    .hasMessageStartingWith("Multiple head revisions are present for given argument 'heads'; please"
                            + " specify a specific target revision, '<branchname>@heads' to narrow");
        }
    }

    /**
     * Arguments that name nothing. Alembic fails on them with an internal assertion; read as base, as they
     * once were here, {@code downgrade ""} would revert everything.
     *
     * <pre>
     * a → b (feature) → c
     * </pre>
     */
    @Nested
    class EmptyArguments {
        private final RevisionGraph graph = graph(rev("a"), rev("b", "a").withBranchLabels("feature"), rev("c", "b"));

        @Test
        void anEmptyOrBlankArgumentIsRefused() {
            assertThatThrownBy(() -> graph.resolve(""))
                    .isInstanceOf(EmptySymbolException.class)
                    .hasMessage("Empty revision argument: name a revision id, a branch label, or a symbol such as"
                            + " head, heads or base");
            assertThatThrownBy(() -> graph.resolve(" "))
                    .isInstanceOf(EmptySymbolException.class)
                    .hasMessage("Empty revision argument ' ': name a revision id, a branch label, or a symbol such as"
                            + " head, heads or base");
            assertThatThrownBy(() -> graph.resolve(null)).isInstanceOf(EmptySymbolException.class);
        }

        @Test
        void anAtWithNothingAroundItIsRefused() {
            assertThatThrownBy(() -> graph.resolve("@"))
                    .isInstanceOf(EmptySymbolException.class)
                    .hasMessage("Revision argument '@' names nothing: write a branch label or revision before the"
                            + " '@' and a revision or symbol after it, e.g. 'mybranch@head'");
        }

        @Test
        void aBranchWithNothingAfterTheAtIsRefused() {
            assertThatThrownBy(() -> graph.resolve("feature@"))
                    .isInstanceOf(EmptySymbolException.class)
                    .hasMessage("Revision argument 'feature@' has nothing after the '@': write 'feature@head',"
                            + " 'feature@heads', 'feature@base' or 'feature@<revision>'")
                    .satisfies(e -> assertThat(((EmptySymbolException) e).argument()).isEqualTo("feature@"));
            assertThat(graph.resolve("feature@head")).containsExactly("c");
            assertThat(graph.resolve("@head")).containsExactly("c");
        }

        @Test
        void noDowngradeUpgradeStampOrHistoryReadsThemAsBase() {
            for (String empty : List.of("", "@", "feature@", "feature@ ")) {
                assertThatThrownBy(() -> graph.downgradeSteps(empty, List.of("c"))).as(empty)
                        .isInstanceOf(EmptySymbolException.class);
                assertThatThrownBy(() -> graph.upgradeSteps(empty, List.of())).as(empty)
                        .isInstanceOf(EmptySymbolException.class);
                assertThatThrownBy(() -> graph.stampSteps(List.of(empty), List.of("c"), false)).as(empty)
                        .isInstanceOf(EmptySymbolException.class);
                assertThatThrownBy(() -> graph.walkAbove(List.of("a"), empty)).as(empty)
                        .isInstanceOf(EmptySymbolException.class);
            }
            assertThatThrownBy(() -> graph.walk("feature@", null)).isInstanceOf(EmptySymbolException.class);
            assertThatThrownBy(() -> graph.walk(null, "@")).isInstanceOf(EmptySymbolException.class);
            assertThat(graph.downgradeSteps("feature@base", List.of("c"))).hasSize(3);
        }
    }

    /**
     * Alembic LabeledBranchTest.
     *
     * <pre>
     * a (abranch) → b → somelongername → c
     * d → e (ebranch) → someothername → f
     * </pre>
     */
    @Nested
    class LabeledBranch {
        private final RevisionGraph graph = graph(rev("a").withBranchLabels("abranch"), rev("b", "a"),
                rev("somelongername", "b"), rev("c", "somelongername"), rev("d"),
                rev("e", "d").withBranchLabels("ebranch"), rev("someothername", "e"), rev("f", "someothername"));

        @Test
        void branchAtSymbolsNarrowToTheBranch() {
            assertThat(graph.resolveOne("ebranch@head")).isEqualTo("f");
            assertThat(graph.resolveOne("abranch@head")).isEqualTo("c");
            assertThat(graph.resolveOne("abranch@heads")).isEqualTo("c");
            assertThat(graph.resolve("abranch@base")).isEmpty();
            assertThat(graph.resolveOne("ebranch@d")).isEqualTo("d");
            assertThat(graph.resolveOne("ebranch@ebranch")).isEqualTo("e");
        }

        @Test
        void aLabelNamesTheRevisionThatDeclaresIt() {
            assertThat(graph.resolveOne("abranch")).isEqualTo("a");
            assertThat(graph.resolveOne("ebranch")).isEqualTo("e");
        }

        @Test
        void prefixesResolveWithinABranch() {
            assertThat(graph.resolveOne("ebranch@some")).isEqualTo("someothername");
            assertThat(graph.resolveOne("abranch@some")).isEqualTo("somelongername");
        }

        @Test
        void anIdCanStandInForABranch() {
            assertThat(graph.resolveOne("e@d")).isEqualTo("d");
            assertThat(graph.resolveOne("someoth@d")).isEqualTo("d");
            assertThat(graph.resolveOne("e")).isEqualTo("e");
        }

        @Test
        void aRevisionOutsideTheBranchIsRefused() {
            assertThatThrownBy(() -> graph.resolve("ebranch@b"))
                    .isInstanceOf(NotInBranchException.class)
                    .hasMessage("Revision b is not a member of branch 'ebranch'");
            assertThatThrownBy(() -> graph.resolve("abranch@d"))
                    .hasMessage("Revision d is not a member of branch 'abranch'");
            assertThatThrownBy(() -> graph.resolve("abranch@someoth"))
                    .isInstanceOf(NotInBranchException.class)
                    .hasMessage("Revision someothername is not a member of branch 'abranch'");
        }

        @Test
        void unknownBranchOrRevisionIsNamed() {
            assertThatThrownBy(() -> graph.resolve("x@d"))
                    .isInstanceOf(UnknownRevisionException.class)
                    .hasMessage("No such branch: 'x'; please ensure at least four characters are present for partial"
                            + " revision identifier matches");
            assertThatThrownBy(() -> graph.resolve("abranch@qprstuv"))
                    .isInstanceOf(UnknownRevisionException.class)
                    .hasMessage("Can't locate revision identified by 'qprstuv'");
        }

        @Test
        void tooShortPrefixAsksForFourCharacters() {
            assertThatThrownBy(() -> graph.resolve("ebranch@sos"))
                    .hasMessage("Can't locate revision identified by 'sos'; please ensure at least four characters"
                            + " are present for partial revision identifier matches");
            assertThatThrownBy(() -> graph.resolve("abranch@qpr"))
                    .hasMessageStartingWith("Can't locate revision identified by 'qpr'; please ensure at least four");
        }

        @Test
        void relativeSymbolsWalkAlongTheBranch() {
            assertThat(graph.resolve("ebranch@-2")).containsExactly("e");
            assertThat(graph.resolve("ebranch@+2")).containsExactly("e");
            assertThat(graph.resolve("-1")).containsExactly("somelongername", "someothername");
            assertThat(graph.resolve("a+2")).containsExactly("somelongername");
            assertThat(graph.resolve("c-1")).containsExactly("somelongername");
            assertThat(graph.resolve("ebranch@head-1")).containsExactly("someothername");
            assertThat(graph.resolve("a-1")).isEmpty();
        }

        @Test
        void relativeSymbolsThatLeaveTheGraphAreErrors() {
            assertThatThrownBy(() -> graph.resolve("f+1"))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessage("Walked too far: relative revision 'f+1' goes past a head revision");
            assertThatThrownBy(() -> graph.resolve("-9"))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessage("Walked too far: relative revision '-9' goes past the base");
            assertThatThrownBy(() -> graph.resolve("+1"))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessageStartingWith("Ambiguous walk: there are several bases (a, d)");
        }
    }

    @Nested
    class Prefixes {
        /** abc123 → abc456 → abd789 (label lbl) → ffe012 (label release). */
        private final RevisionGraph graph = graph(rev("abc123"), rev("abc456", "abc123"),
                rev("abd789", "abc456").withBranchLabels("lbl"), rev("ffe012", "abd789").withBranchLabels("release"));

        @Test
        void uniquePrefixOfAnyLengthResolves() {
            assertThat(graph.resolveOne("abd")).isEqualTo("abd789");
            assertThat(graph.resolveOne("abc4")).isEqualTo("abc456");
            assertThat(graph.resolveOne("rel")).isEqualTo("ffe012");
        }

        @Test
        void identifiersOfThreeCharactersOrFewerMatchOnlyExactly() {
            assertThatThrownBy(() -> graph.resolve("lb"))
                    .isInstanceOf(UnknownRevisionException.class)
                    .hasMessage("Can't locate revision identified by 'lb'; please ensure at least four characters are"
                            + " present for partial revision identifier matches; closest matches: lbl");
            assertThat(graph.resolveOne("lbl")).isEqualTo("abd789");
        }

        @Test
        void ambiguousPrefixListsTheCandidates() {
            assertThatThrownBy(() -> graph.resolve("abc"))
                    .isInstanceOf(AmbiguousRevisionException.class)
                    .hasMessage("Multiple revisions start with 'abc': abc123, abc456; please give more characters of"
                            + " the revision identifier")
                    .satisfies(e -> assertThat(((AmbiguousRevisionException) e).candidates())
                            .containsExactly("abc123", "abc456"));
        }

        @Test
        void ambiguousPrefixListsTheCandidatesInAlphabeticalOrder() {
            RevisionGraph loaded = graph(rev("dddd0009"), rev("dddd0001", "dddd0009"), rev("dddd0005", "dddd0001"));

            assertThatThrownBy(() -> loaded.resolve("dddd"))
                    .hasMessageStartingWith("Multiple revisions start with 'dddd': dddd0001, dddd0005, dddd0009;");
        }

        /** The same within a branch ({@code left@bbbb}), whose candidates are those of its lineage. */
        @Test
        void ambiguousPrefixWithinABranchListsTheCandidates() {
            RevisionGraph labelled = graph(rev("aaaa0001"), rev("bbbb0001", "aaaa0001").withBranchLabels("left"),
                    rev("bbbb0002", "bbbb0001"));

            assertThatThrownBy(() -> labelled.resolve("left@bbbb"))
                    .isInstanceOf(AmbiguousRevisionException.class)
                    .satisfies(e -> assertThat(((AmbiguousRevisionException) e).candidates())
                            .containsExactly("bbbb0001", "bbbb0002"));
        }

        @Test
        void unknownIdSuggestsTheClosestIds() {
            assertThatThrownBy(() -> graph.resolve("abc124"))
                    .isInstanceOf(UnknownRevisionException.class)
                    .hasMessage("Can't locate revision identified by 'abc124'; closest matches: abc123")
                    .satisfies(e -> assertThat(((UnknownRevisionException) e).suggestions()).containsExactly("abc123"));
            assertThatThrownBy(() -> graph.resolve("deadbeef"))
                    .hasMessage("Can't locate revision identified by 'deadbeef'");
            assertThatThrownBy(() -> graph.get("abc"))
                    .isInstanceOf(UnknownRevisionException.class)
                    .hasMessageStartingWith("Can't locate revision identified by 'abc'");
        }

        @Test
        void labelsPropagateUpALineWithoutBranches() {
            assertThat(graph.branchLabels("abc123")).containsExactly("lbl", "release");
        }
    }
}
