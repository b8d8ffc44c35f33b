package dev.retort.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code retort --version}: the version the jar was built as. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"retort " + (version == null ? "(development build)" : version)};
    }
}
