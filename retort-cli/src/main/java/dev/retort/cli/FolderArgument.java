package dev.retort.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A folder argument. The command line takes options it does not know as arguments; one that starts with a
 * dash is a mistyped option, refused as a usage error rather than made into a folder of that name.
 */
final class FolderArgument implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.startsWith("-")) {
            throw new TypeConversionException("'" + value + "' is an unknown option, not a folder (write ./" + value
                    + " for a folder of that name)");
        }
        return Path.of(value);
    }
}
