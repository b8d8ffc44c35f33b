package dev.retort.model;

/**
 * The target schema of an environment, written in Java: the equivalent of the {@code MetaData} an
 * Alembic {@code env.py} hands to autogenerate. Implement it in a class with a constructor without
 * parameters, in a source file the config names ({@code models = "migrations/Models.java"}, compiled
 * like the revisions) or in a compiled class ({@code models_class}, {@code models_classpath}), and
 * declare the tables with the factories of {@link dev.retort.api.Schema}:
 *
 * <pre>
 * public class ShopModels implements Models {
 *     public MetaData metadata() {
 *         return MetaData.empty()
 *                 .namingConvention(NamingConvention.RECOMMENDED)
 *                 .table(table("customer",
 *                         column("id", INTEGER).primaryKey(),
 *                         column("email", string(200)).notNull().unique()));
 *     }
 * }
 * </pre>
 * {@link ModelLoader} finds and runs it; {@link MetaData#toSchema()} gives the schema autogenerate
 * compares with the database.
 */
public interface Models {

    /** The tables, enum types, sequences and naming convention of the target schema. */
    MetaData metadata();
}
