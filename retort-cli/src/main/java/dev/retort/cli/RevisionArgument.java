package dev.retort.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A revision argument. The command line takes options it does not know as arguments, so that a relative
 * revision ({@code -1}, {@code -2:head}) is one; any other argument that starts with a dash is a mistyped
 * option, refused as a usage error rather than looked up as a revision.
 */
final class RevisionArgument implements ITypeConverter<String> {
    private static final Pattern RELATIVE = Pattern.compile("-\\d.*", Pattern.DOTALL);

    @Override
    public String convert(String value) {
        if (value.startsWith("-") && !RELATIVE.matcher(value).matches()) {
            throw new TypeConversionException("'" + value + "' is an unknown option, not a revision");
        }
        return value;
    }
}
