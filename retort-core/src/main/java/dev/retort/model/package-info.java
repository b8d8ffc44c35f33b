/**
 * Models: where the target schema of autogenerate comes from. Users declare tables, enum types, sequences
 * and a naming convention in Java ({@link dev.retort.model.Models}, {@link dev.retort.model.MetaData},
 * {@link dev.retort.model.NamingConvention}), with the factories revisions use; {@link
 * dev.retort.model.ModelLoader} loads them as the config says and {@link dev.retort.model.MetaData#toSchema()}
 * turns them into a checked {@link dev.retort.schema.DatabaseSchema}.
 */
package dev.retort.model;
