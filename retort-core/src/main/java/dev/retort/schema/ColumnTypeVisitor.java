package dev.retort.schema;

/**
 * One method per kind of {@link ColumnType}, so that a dialect which maps types fails to compile when a
 * new kind is added until it handles it.
 */
public interface ColumnTypeVisitor<R> {

    R visitInteger(ColumnType.IntegerType type);

    R visitNumeric(ColumnType.NumericType type);

    R visitFloat(ColumnType.FloatType type);

    R visitDouble(ColumnType.DoubleType type);

    R visitString(ColumnType.StringType type);

    R visitText(ColumnType.TextType type);

    R visitBoolean(ColumnType.BooleanType type);

    R visitDate(ColumnType.DateType type);

    R visitTime(ColumnType.TimeType type);

    R visitTimestamp(ColumnType.TimestampType type);

    R visitBinary(ColumnType.BinaryType type);

    R visitUuid(ColumnType.UuidType type);

    R visitJson(ColumnType.JsonType type);

    R visitEnum(ColumnType.EnumType type);

    R visitArray(ColumnType.ArrayType type);

    R visitDialect(ColumnType.DialectType type);

    R visitRaw(ColumnType.RawType type);
}
