package dev.retort.cli;

import picocli.CommandLine.Option;

/**
 * A command's {@code -h/--help}. Only the top command has {@code -V/--version}, as in Alembic, so that a
 * command's {@code --ver} is its {@code --verbose}.
 */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
