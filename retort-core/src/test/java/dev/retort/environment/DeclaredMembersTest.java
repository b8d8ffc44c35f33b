package dev.retort.environment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeclaredMembersTest {

    @Test
    void aHookClassWithOnlyCommentsDeclaresNothing() {
        assertThat(DeclaredMembers.none("import dev.retort.hook.EnvironmentHook;\nimport java.util.*;\n"
                + "import static dev.retort.api.Schema.*;\n/** Docs { } */\n"
                + "class Environment implements EnvironmentHook {\n"
                + "    // public void beforeRevision(RevisionEvent event) { }\n    /* { } */\n}\n")).isTrue();
    }

    @Test
    void anyMemberCounts() {
        assertThat(DeclaredMembers.none("class Environment implements EnvironmentHook {\n    int x;\n}\n")).isFalse();
        assertThat(DeclaredMembers.none("class Environment implements EnvironmentHook {\n    Environment() { }\n}\n"))
                .isFalse();
    }

    @Test
    void commentMarksInsideStringsAreNotComments() {
        assertThat(DeclaredMembers.withoutComments("String a = \"// not /* a comment\"; // gone"))
                .isEqualTo("String a = \"// not /* a comment\";  ");
        assertThat(DeclaredMembers.none("class Environment implements EnvironmentHook {\n"
                + "    String text = \"/*\"; String end = \"*/\";\n}\n")).isFalse();
    }

    @Test
    void otherClassesOrInterfacesAreNotTheEmptyHook() {
        assertThat(DeclaredMembers.none("class Environment implements EnvironmentHook { }\nclass Other { }\n"))
                .isFalse();
        assertThat(DeclaredMembers.none("class Environment implements Runnable { }")).isFalse();
    }
}
