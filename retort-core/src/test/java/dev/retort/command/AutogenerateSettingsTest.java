package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.autogenerate.CompareOptions;
import dev.retort.hook.SchemaObject;
import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutogenerateSettingsTest {

    @Test
    void comparesTypesAndDefaultsUnlessSwitchedOff() {
        assertThat(AutogenerateSettings.from(Map.of()).compareType()).isTrue();
        assertThat(AutogenerateSettings.from(Map.of()).compareServerDefault()).isTrue();
        CompareOptions off = AutogenerateSettings.from(Map.of("compare_type", false, "compare_server_default", false));
        assertThat(off.compareType()).isFalse();
        assertThat(off.compareServerDefault()).isFalse();
    }

    @Test
    void filtersComeFromListsOfGlobsAndAlwaysLeaveAlembicsVersionTableOut() {
        CompareOptions options = AutogenerateSettings.from(Map.of("exclude_tables", List.of("audit_*"),
                "exclude_schemas", List.of("archive")));
        assertThat(options.filter().includes(table(QualifiedName.of("audit_log")))).isFalse();
        assertThat(options.filter().includes(table(QualifiedName.of("archive", "orders")))).isFalse();
        assertThat(options.filter().includes(table(QualifiedName.of("orders")))).isTrue();
        assertThat(AutogenerateSettings.from(Map.of()).filter().includes(table(QualifiedName.of("alembic_version"))))
                .isFalse();
    }

    private static SchemaObject table(QualifiedName name) {
        return new SchemaObject(SchemaObject.Kind.TABLE, name, name.name(), true);
    }

    @Test
    void wrongValuesNameTheKey() {
        assertThatThrownBy(() -> AutogenerateSettings.from(Map.of("compare_type", "yes")))
                .hasMessage("key 'compare_type' must be true or false, not 'yes'");
        assertThatThrownBy(() -> AutogenerateSettings.from(Map.of("exclude_tables", "audit_*")))
                .hasMessage("key 'exclude_tables' must be a list of names such as [\"audit_*\"], not 'audit_*'");
    }
}
