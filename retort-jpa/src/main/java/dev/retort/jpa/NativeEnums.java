package dev.retort.jpa;

import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumTypeDefinition;
import dev.retort.schema.QualifiedName;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.type.SqlTypes;

/**
 * Enum columns Hibernate maps to a named database type ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} or
 * {@code hibernate.type.prefer_native_enum_types} on PostgreSQL): the type is named after the enum class,
 * its labels are the constant names, sorted as Hibernate sorts them for {@code NAMED_ENUM} and in
 * declaration order for {@code NAMED_ORDINAL_ENUM}. Each type read is kept to list once in the schema.
 */
final class NativeEnums {
    private final Metadata metadata;
    private final TargetDatabase target;
    private final Map<QualifiedName, EnumTypeDefinition> types = new TreeMap<>(
            java.util.Comparator.comparing(QualifiedName::toString));

    NativeEnums(Metadata metadata, TargetDatabase target) {
        this.metadata = metadata;
        this.target = target;
    }

    /** The named enum type of {@code column}, if Hibernate gives it one. */
    Optional<ColumnType> type(Column column) {
        int code = column.getSqlTypeCode(metadata);
        if (code != SqlTypes.NAMED_ENUM && code != SqlTypes.NAMED_ORDINAL_ENUM
                || !(column.getValue() instanceof BasicValue value)) {
            return Optional.empty();
        }
        Class<?> javaType = value.resolve().getDomainJavaType().getJavaTypeClass();
        if (!javaType.isEnum()) {
            return Optional.empty();
        }
        String[] labels = Arrays.stream(javaType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                .toArray(String[]::new);
        if (code == SqlTypes.NAMED_ENUM) {
            Arrays.sort(labels);
        }
        String name = target.name(Identifier.toIdentifier(javaType.getSimpleName()));
        ColumnType.EnumType type = new ColumnType.EnumType(Optional.of(name), List.of(labels));
        types.putIfAbsent(QualifiedName.of(name), new EnumTypeDefinition(QualifiedName.of(name), type));
        return Optional.of(type);
    }

    /** Every named enum type the columns read so far use. */
    Collection<EnumTypeDefinition> definitions() {
        return List.copyOf(types.values());
    }
}
