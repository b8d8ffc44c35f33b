package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import javax.lang.model.SourceVersion;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void classNameIsTheSlugInCamelCaseAndTheId() {
        assertThat(ClassNames.of("create_account_table", "1975ea83b712")).isEqualTo("CreateAccountTable_1975ea83b712");
        assertThat(ClassNames.of("", "1975ea83b712")).isEqualTo("Revision_1975ea83b712");
        assertThat(ClassNames.of("this_is_a_", "ab")).isEqualTo("ThisIsA_ab");
    }

    @Test
    void classNameIsAValidIdentifierForAwkwardWordsAndIds() {
        assertThat(ClassNames.of("2fa_codes", "1abc")).isEqualTo("Revision2faCodes_1abc");
        assertThat(ClassNames.of("class_public", "x")).isEqualTo("ClassPublic_x");
        assertThat(ClassNames.of("½_²", "a.b*c")).isEqualTo("Revision_a_b_c");
        assertThat(ClassNames.of("中文_消息", "ü")).isEqualTo("中文消息_ü");
        assertThat(ClassNames.of("ünïcödé", "id")).isEqualTo("Ünïcödé_id");
    }

    @Property
    void classNameIsAlwaysAValidJavaIdentifier(@ForAll String message, @ForAll @StringLength(min = 1, max = 20) String id) {
        String name = ClassNames.of(Slugs.slug(message, 40), id);

        assertThat(SourceVersion.isName(name)).as(name).isTrue();
        assertThat(name).contains("_");
    }

    @Test
    void randomIdsAreTwelveLowercaseHexDigits() {
        String id = RevisionIds.random();

        assertThat(id).matches("[0-9a-f]{12}");
        assertThat(RevisionIds.random()).isNotEqualTo(id);
        RevisionIds.validate(id);
    }

    @Test
    void refusesReservedCharactersWithAlembicsMessage() {
        assertThatThrownBy(() -> RevisionIds.validate("x@y"))
                .isInstanceOf(InvalidRevisionIdException.class)
                .hasMessage("Character(s) '@' not allowed in revision identifier 'x@y'");
        assertThatThrownBy(() -> RevisionIds.validate("a+b-c@d:e"))
                .hasMessage("Character(s) '+, -, :, @' not allowed in revision identifier 'a+b-c@d:e'");
        assertThatThrownBy(() -> RevisionIds.validate("a b\tc"))
                .hasMessage("Character(s) 'U+0009, space' not allowed in revision identifier 'a b\tc'");
        assertThatThrownBy(() -> RevisionIds.validate("a/b,c"))
                .hasMessage("Character(s) ',, /' not allowed in revision identifier 'a/b,c'");
        assertThatThrownBy(() -> RevisionIds.validate(""))
                .hasMessage("A revision identifier cannot be empty");
        assertThatThrownBy(() -> RevisionIds.validate(".ab"))
                .hasMessage("Revision identifier '.ab' cannot start with '.' (its file would be hidden and never loaded)");
    }

    @Test
    void refusesTheSymbolsOfTheGrammarAsIds() {
        for (String symbol : List.of("head", "heads", "base", "current")) {
            assertThatThrownBy(() -> RevisionIds.validate(symbol))
                    .isInstanceOf(InvalidRevisionIdException.class)
                    .hasMessage("Revision identifier '" + symbol + "' is reserved: it is a symbol of the revision"
                            + " grammar (head, heads, base, current), so a revision with this id could not be"
                            + " addressed; choose another id");
        }
        RevisionIds.validate("Head");
        RevisionIds.validate("base2");
    }

    @Test
    void refusesIdsTooLongForTheVersionTable() {
        String longest = "0123456789abcdef0123456789abcdef";
        RevisionIds.validateNew(longest);
        RevisionIds.validateNew("é".repeat(32));
        RevisionIds.validate(longest + "0");
        assertThatThrownBy(() -> RevisionIds.validateNew(longest + "0"))
                .isInstanceOf(InvalidRevisionIdException.class)
                .hasMessage("Revision identifier '" + longest + "0' is 33 characters long; the version table records"
                        + " at most 32 (version_num VARCHAR(32)), so choose a shorter id");
    }

    @Test
    void readsRevisionFormatsByNameAndFileExtension() {
        assertThat(RevisionFormat.parse("java")).isEqualTo(RevisionFormat.JAVA);
        assertThat(RevisionFormat.parse(" SQL ")).isEqualTo(RevisionFormat.SQL);
        assertThat(RevisionFormat.SQL.extension()).isEqualTo(".sql");
        assertThat(RevisionFormat.JAVA.templateFileName()).isEqualTo("script.java.mustache");
        assertThat(RevisionFormat.ofFile(Path.of("v/ab_x.sql"))).contains(RevisionFormat.SQL);
        assertThat(RevisionFormat.ofFile(Path.of("v/ab_x.sql.bak"))).isEmpty();
        assertThat(RevisionFormat.ofFile(Path.of(".java"))).isEmpty();
        assertThatThrownBy(() -> RevisionFormat.parse("xml"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("Unknown revision format 'xml'; expected java or sql");
    }

    @Test
    void acceptsOrdinaryIds() {
        RevisionIds.validate("1975ea83b712");
        RevisionIds.validate("my_rev.2");
        RevisionIds.validate("ae10");
    }
}
