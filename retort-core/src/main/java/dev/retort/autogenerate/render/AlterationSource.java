package dev.retort.autogenerate.render;

import static dev.retort.autogenerate.render.JavaCode.atom;
import static dev.retort.autogenerate.render.JavaCode.call;
import static dev.retort.autogenerate.render.JavaCode.text;

import dev.retort.autogenerate.render.JavaCode.Call;
import dev.retort.op.AlterColumn;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
import dev.retort.op.ColumnState;
import dev.retort.op.Existing;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.Identity;
import dev.retort.schema.ServerDefault;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code alter -> alter.type(...).existingType(...)}: what changes first, then what the
 * column was, each attribute in the order of {@code ColumnAlteration}.
 */
final class AlterationSource {
    private final SchemaSource schema;

    AlterationSource(SchemaSource schema) {
        this.schema = schema;
    }

    JavaCode of(AlterColumn operation) {
        List<Call> calls = new ArrayList<>();
        changes(operation.change(), calls);
        existing(operation.existing(), calls);
        return new JavaCode.Chain(atom("alter"), calls, true);
    }

    private void changes(ColumnChange change, List<Call> calls) {
        change.newName().ifPresent(name -> calls.add(call("rename", text(name))));
        change.type().ifPresent(type -> calls.add(change.using()
                .map(using -> call("type", schema.types().of(type), text(using)))
                .orElseGet(() -> call("type", schema.types().of(type)))));
        change.nullable().ifPresent(nullable -> calls.add(call("nullable", atom(nullable.toString()))));
        if (change.serverDefault() instanceof Change.SetTo<ServerDefault> set) {
            calls.add(call("serverDefault", schema.values().serverDefault(set.value())));
        } else if (change.serverDefault() instanceof Change.Dropped) {
            calls.add(call("dropServerDefault"));
        }
        if (change.comment() instanceof Change.SetTo<String> set) {
            calls.add(call("comment", text(set.value())));
        } else if (change.comment() instanceof Change.Dropped) {
            calls.add(call("dropComment"));
        }
        change.autoincrement().ifPresent(enabled -> calls.add(call("autoincrement", atom(enabled.toString()))));
        if (change.identity() instanceof Change.SetTo<Identity> set) {
            calls.add(call("identity", schema.identity(set.value())));
        } else if (change.identity() instanceof Change.Dropped) {
            calls.add(call("dropIdentity"));
        }
        change.position().ifPresent(position -> calls.add(call(
                position.placement() == ColumnPosition.Placement.BEFORE ? "insertBefore" : "insertAfter",
                text(position.column()))));
    }

    private void existing(ColumnState state, List<Call> calls) {
        state.type().ifPresent(type -> calls.add(call("existingType", schema.types().of(type))));
        state.nullable().ifPresent(nullable -> calls.add(call("existingNullable", atom(nullable.toString()))));
        if (state.serverDefault() instanceof Existing.Present<ServerDefault> present) {
            calls.add(call("existingServerDefault", schema.values().serverDefault(present.value())));
        } else if (state.serverDefault() instanceof Existing.Absent) {
            calls.add(call("existingServerDefaultAbsent"));
        }
        if (state.comment() instanceof Existing.Present<String> present) {
            calls.add(call("existingComment", text(present.value())));
        } else if (state.comment() instanceof Existing.Absent) {
            calls.add(call("existingCommentAbsent"));
        }
        state.autoincrement().ifPresent(enabled -> calls.add(call("existingAutoincrement", atom(enabled.toString()))));
        if (state.identity() instanceof Existing.Present<Identity> present) {
            calls.add(call("existingIdentity", schema.identity(present.value())));
        } else if (state.identity() instanceof Existing.Absent) {
            calls.add(call("existingIdentityAbsent"));
        }
    }
}
