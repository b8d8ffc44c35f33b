/**
 * MySQL's and MariaDB's DDL: {@code AUTO_INCREMENT}, inline comments and enums, whole-column
 * {@code MODIFY}/{@code CHANGE} from the {@code existing_*} values, and constraints dropped by kind.
 */
package dev.retort.dialect.mysql;
