package dev.retort.runtime;

import dev.retort.dialect.EnumStorage;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.NamedEnumTypes;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.reflect.PostgresEnumTypeReader;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * Tells the compiler, before it compiles a Java revision's operations, which of them are still to come
 * ({@link NamedEnumTypes#expectDrops}), and, online on a database whose enums are named types
 * (PostgreSQL), which enum types the database has and which table columns use them, read when any of the
 * operations creates or drops such types. A type made by an earlier run, a SQL revision or an earlier
 * {@code op.execute} is then not created again, and one another table still uses is not dropped. An
 * operation that creates or drops such types after an {@code op.execute} of the same revision, whose SQL
 * may make or drop one, is compiled again in its turn, once the SQL before it has run.
 */
final class LiveEnumTypes {
    private final DdlCompiler compiler;
    private final Optional<Connection> connection;

    /** {@code connection} is the run's, empty offline. */
    LiveEnumTypes(DdlCompiler compiler, Optional<Connection> connection) {
        this.compiler = compiler;
        this.connection = connection.filter(
                open -> compiler.dialect().capabilities().enums() == EnumStorage.NAMED_TYPE);
    }

    /** Before {@code operations} are compiled, in order. */
    void prepare(List<Operation> operations) {
        if (connection.isPresent() && operations.stream().anyMatch(NamedEnumTypes::usedBy)) {
            compiler.enumTypes().replaceWith(PostgresEnumTypeReader.read(connection.get()));
        }
        compiler.enumTypes().expectDrops(operations);
    }

    /** Whether compiling {@code operations} reads the database's enum types. */
    boolean readsAny(List<Operation> operations) {
        return connection.isPresent() && operations.stream().anyMatch(NamedEnumTypes::usedBy);
    }

    /** Whether the operation at {@code index} is compiled in its turn: it follows SQL the compiler cannot read. */
    boolean readsLiveTypes(List<Operation> operations, int index) {
        return connection.isPresent() && NamedEnumTypes.usedBy(operations.get(index))
                && operations.subList(0, index).stream().anyMatch(Execute.class::isInstance);
    }

    /** The operation at {@code index}, compiled with the enum types the database has now. */
    List<String> compileInTurn(List<Operation> operations, int index) {
        prepare(operations.subList(index, operations.size()));
        return compiler.compile(operations.get(index));
    }
}
