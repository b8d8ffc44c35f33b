/**
 * Revision files on disk: reading their metadata without compiling anything ({@link
 * dev.retort.script.RevisionFileParser}, {@link dev.retort.script.ScriptDirectory}), writing new ones
 * through the environment's templates ({@link dev.retort.script.RevisionWriter}), running post-write
 * hooks, and scaffolding new environments ({@link dev.retort.script.EnvironmentTemplates}).
 */
package dev.retort.script;
