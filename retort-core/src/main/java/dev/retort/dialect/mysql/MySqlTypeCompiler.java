package dev.retort.dialect.mysql;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.TypeCompiler;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.schema.ColumnType;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's and MariaDB's names for types, as SQLAlchemy's MySQL dialect writes them: {@code BOOL},
 * {@code DATETIME} (a timestamp with time zone is {@code TIMESTAMP}), inline {@code ENUM('a', 'b')}, and
 * {@code VARCHAR} only with a length. Both accept dialect types of either name.
 */
public class MySqlTypeCompiler extends TypeCompiler {
    private static final Pattern FLOAT_WITH_PRECISION = Pattern.compile("float\\((\\d+)\\)");
    /** A fixed-point type by any of its names, with or without precision and scale. */
    private static final Pattern FIXED_POINT =
            Pattern.compile("(?:numeric|decimal|dec|fixed)(?:\\((\\d+)(?:,(\\d+))?\\))?");

    public MySqlTypeCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected Set<String> dialectTypeFamilies() {
        return Set.of("mysql", "mariadb");
    }

    /**
     * MySQL's own name for a floating-point type ({@code FLOAT(p)} above 24 bits is {@code DOUBLE}) and for a
     * fixed-point one, {@code DECIMAL(p,s)}: a precision left out is 10 and a scale left out 0, so that
     * {@code NUMERIC} is the {@code DECIMAL(10,0)} the database reads back.
     */
    @Override
    public String stored(String sql) {
        Matcher floatType = FLOAT_WITH_PRECISION.matcher(sql);
        if (floatType.matches()) {
            return Integer.parseInt(floatType.group(1)) > 24 ? "double" : "float";
        }
        Matcher fixedPoint = FIXED_POINT.matcher(sql);
        if (fixedPoint.matches()) {
            return "decimal(" + (fixedPoint.group(1) == null ? "10" : fixedPoint.group(1)) + ","
                    + (fixedPoint.group(2) == null ? "0" : fixedPoint.group(2)) + ")";
        }
        return sql.equals("double precision") || sql.equals("real") ? "double" : sql;
    }

    @Override
    public String visitDouble(ColumnType.DoubleType type) {
        return "DOUBLE";
    }

    @Override
    public String visitString(ColumnType.StringType type) {
        if (type.length().isEmpty()) {
            throw new UnsupportedOperationForDialectException(dialect().name(), "VARCHAR without length",
                    "VARCHAR requires a length on dialect " + dialect().name() + "; give the string type a length, "
                            + "or use text for unbounded text");
        }
        return super.visitString(type);
    }

    @Override
    public String visitBoolean(ColumnType.BooleanType type) {
        return "BOOL";
    }

    @Override
    public String visitTime(ColumnType.TimeType type) {
        return "TIME";
    }

    @Override
    public String visitTimestamp(ColumnType.TimestampType type) {
        return type.withTimeZone() ? "TIMESTAMP" : "DATETIME";
    }

    @Override
    public String visitEnum(ColumnType.EnumType type) {
        return "ENUM(" + enumValues(type) + ")";
    }
}
