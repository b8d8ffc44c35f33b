package dev.retort.dialect.ddl;

import dev.retort.dialect.Dialect;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * The compiler for a dialect: the only place that maps dialect names to compilers. A dialect with no
 * compiler of its own gets the ANSI {@link DdlCompiler}.
 *
 * <p>The compilers are named by class name because they extend {@link DdlCompiler}: naming their classes
 * here would make this package and theirs depend on each other.
 */
public final class DdlCompilers {
    private static final Map<String, String> COMPILERS = Map.of(
            "sqlite", "dev.retort.dialect.sqlite.SqliteDdlCompiler",
            "postgresql", "dev.retort.dialect.postgres.PostgresDdlCompiler",
            "mysql", "dev.retort.dialect.mysql.MySqlDdlCompiler",
            "mariadb", "dev.retort.dialect.mysql.MariaDbDdlCompiler",
            "h2", "dev.retort.dialect.h2.H2DdlCompiler");

    private DdlCompilers() {
    }

    /** A new compiler for {@code dialect}. */
    public static DdlCompiler forDialect(Dialect dialect) {
        String className = COMPILERS.get(dialect.name());
        if (className == null) {
            return new DdlCompiler(dialect);
        }
        try {
            return Class.forName(className).asSubclass(DdlCompiler.class).getConstructor(Dialect.class)
                    .newInstance(dialect);
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalStateException("the compiler of dialect " + dialect.name() + " cannot be made", e);
        }
    }
}
