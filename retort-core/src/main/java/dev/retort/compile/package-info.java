/**
 * Turning Java revision files into runnable {@link dev.retort.api.Migration}s: every stale source is
 * compiled in one in-process javac batch, the classes are cached under a key made from the file's
 * content, and each revision is loaded in a class loader of its own ({@link
 * dev.retort.compile.RevisionCompiler}).
 */
package dev.retort.compile;
