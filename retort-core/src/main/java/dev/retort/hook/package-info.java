/**
 * What {@code Environment.java} implements: {@link dev.retort.hook.EnvironmentHook} and the values its
 * methods receive and return.
 */
package dev.retort.hook;
