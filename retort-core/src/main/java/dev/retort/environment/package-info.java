/**
 * The environment hook: {@code <script_location>/Environment.java}, compiled like the revisions, and what
 * the commands ask of it (the connection, the models, the autogenerate filter and rewrite, the callbacks
 * around each revision).
 */
package dev.retort.environment;
