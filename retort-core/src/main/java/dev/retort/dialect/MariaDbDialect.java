package dev.retort.dialect;

/** MariaDB: MySQL's dialect under its own name. */
public class MariaDbDialect extends MySqlDialect {

    @Override
    public String name() {
        return "mariadb";
    }
}
