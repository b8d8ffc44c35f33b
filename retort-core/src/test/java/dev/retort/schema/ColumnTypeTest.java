package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.ColumnType.ArrayType;
import dev.retort.schema.ColumnType.BinaryType;
import dev.retort.schema.ColumnType.DialectType;
import dev.retort.schema.ColumnType.EnumType;
import dev.retort.schema.ColumnType.FloatType;
import dev.retort.schema.ColumnType.IntegerType;
import dev.retort.schema.ColumnType.NumericType;
import dev.retort.schema.ColumnType.RawType;
import dev.retort.schema.ColumnType.StringType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ColumnTypeTest {

    @Test
    void numericAcceptsPrecisionAndScaleWithinIt() {
        assertThat(new NumericType(OptionalInt.of(10), OptionalInt.of(2)).scale()).hasValue(2);
        assertThat(new NumericType(OptionalInt.of(5), OptionalInt.of(5)).scale()).hasValue(5);
        assertThat(new NumericType(OptionalInt.empty(), OptionalInt.empty()).precision()).isEmpty();
    }

    @Test
    void rejectsNumericScaleGreaterThanPrecision() {
        assertThatThrownBy(() -> new NumericType(OptionalInt.of(4), OptionalInt.of(5)))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("numeric(4, 5): the scale must be between 0 and the precision");
    }

    @Test
    void rejectsNegativeScaleZeroPrecisionAndScaleWithoutPrecision() {
        assertThatThrownBy(() -> new NumericType(OptionalInt.of(4), OptionalInt.of(-1)))
                .hasMessageContaining("between 0 and the precision");
        assertThatThrownBy(() -> new NumericType(OptionalInt.of(0), OptionalInt.empty()))
                .hasMessage("numeric type: precision must be at least 1, not 0");
        assertThatThrownBy(() -> new NumericType(OptionalInt.empty(), OptionalInt.of(2)))
                .hasMessage("numeric type: a scale needs a precision: numeric(p, 2)");
    }

    @Test
    void rejectsLengthsBelowOne() {
        assertThatThrownBy(() -> new StringType(OptionalInt.of(-3), Optional.empty()))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("string type: the length must be at least 1, not -3");
        assertThatThrownBy(() -> new StringType(OptionalInt.of(0), Optional.empty()))
                .hasMessageContaining("at least 1, not 0");
        assertThatThrownBy(() -> new BinaryType(OptionalInt.of(0))).hasMessageContaining("binary type");
        assertThatThrownBy(() -> new FloatType(OptionalInt.of(0))).hasMessageContaining("float type");
    }

    @Test
    void rejectsBlankCollation() {
        assertThatThrownBy(() -> new StringType(OptionalInt.of(10), Optional.of(" ")))
                .hasMessageContaining("collation");
    }

    @Test
    void rejectsEnumWithoutValuesOrWithRepeatedValues() {
        assertThatThrownBy(() -> new EnumType(Optional.of("mood"), List.of()))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("enum type mood: an enum needs at least one value");
        assertThatThrownBy(() -> new EnumType(Optional.of("mood"), List.of("sad", "happy", "sad")))
                .hasMessage("enum type mood: values are listed twice: [sad, happy, sad]");
    }

    @Test
    void enumValuesAreCopied() {
        List<String> values = new java.util.ArrayList<>(List.of("a", "b"));
        EnumType type = new EnumType(Optional.empty(), values);
        values.add("c");
        assertThat(type.values()).containsExactly("a", "b");
    }

    @Test
    void rejectsArrayWithoutDimensions() {
        assertThatThrownBy(() -> new ArrayType(new IntegerType(IntegerType.Width.NORMAL), 0))
                .hasMessage("array type: an array needs at least one dimension, not 0");
    }

    @Test
    void dialectTypesNameTheirDialectInLowerCase() {
        DialectType tinyint = new DialectType("mysql", "tinyint", List.of("1"));
        assertThat(tinyint.arguments()).containsExactly("1");
        assertThatThrownBy(() -> new DialectType("PostgreSQL", "jsonb", List.of()))
                .hasMessageContaining("the dialect is named in lower case, such as postgresql or mysql");
        assertThatThrownBy(() -> new DialectType("postgresql", "", List.of())).hasMessageContaining("dialect type name");
    }

    @Test
    void rejectsEmptyRawType() {
        assertThatThrownBy(() -> new RawType("  ")).hasMessage("raw type: the SQL text must not be empty");
    }

    @Test
    void typesWithEqualPartsAreEqual() {
        assertThat(new StringType(OptionalInt.of(50), Optional.empty()))
                .isEqualTo(new StringType(OptionalInt.of(50), Optional.empty()))
                .isNotEqualTo(new StringType(OptionalInt.of(51), Optional.empty()));
        assertThat(new ColumnType.DoubleType()).isEqualTo(new ColumnType.DoubleType());
    }

    @Test
    void visitorHasOneMethodPerKindOfType() {
        long visitMethods = Arrays.stream(ColumnTypeVisitor.class.getDeclaredMethods()).count();
        assertThat(ColumnType.class.getPermittedSubclasses()).hasSize((int) visitMethods);
    }
}
