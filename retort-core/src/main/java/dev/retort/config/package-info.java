/**
 * Configuration: where {@code retort.toml} is, which section applies, and the typed settings a command
 * runs with. {@link dev.retort.config.ConfigLoader#load} turns {@link dev.retort.config.ConfigOptions}
 * (what the command line says) into a {@link dev.retort.config.RetortConfig}; database URLs are parsed by
 * {@link dev.retort.config.DatabaseUrl}, and {@link dev.retort.config.Redaction} hides passwords in any
 * text shown to a person. Every user mistake surfaces as a {@link dev.retort.config.ConfigException}.
 */
package dev.retort.config;
