#!/usr/bin/python3
"""Generate one chain of small schema revisions, written five ways: Java and SQL revisions for retort,
Python revisions for Alembic, Flyway migrations and a Liquibase changelog.

Revision n (from 1) works on table t_<k>, k = (n + 2) // 3, and does one of three small things in turn:
  n % 3 == 1   create table t_<k> (id INTEGER primary key, name VARCHAR(50))
  n % 3 == 2   add column t_<k>.note INTEGER (nullable)
  n % 3 == 0   create index ix_t_<k>_name on t_<k> (name)
Each downgrade undoes its upgrade. The SQL revisions hold, for each database, the statements both tools
compile these operations to (on PostgreSQL the lone integer primary key becomes SERIAL, as in SQLAlchemy;
on MariaDB it is AUTO_INCREMENT, and an index is dropped ON its table). The Flyway migrations and the
Liquibase changesets hold the same statements as the SQL revisions (the changesets with their downgrade as
`--rollback`).

usage: upgradegen.py COUNT SEED OUT_DIR

OUT_DIR receives
  java/retort.toml, java/migrations/versions/<id>_step_<n>.java        (retort, Java revisions: operation
                                                                     calls, run without javac)
  javac/retort.toml, javac/migrations/versions/<id>_step_<n>.java      (retort, the same calls in a counting
                                                                     loop: compiled by javac)
  mixed/retort.toml, mixed/migrations/versions/<id>_step_<n>.java      (retort, the java/ revisions but every
                                                                     MIXED_EVERY-th one as in javac/)
  sql-<db>/retort.toml, sql-<db>/migrations/versions/<id>_step_<n>.sql  (retort, SQL revisions, for
                                                                     each db in DATABASES)
  alembic/alembic.ini, alembic/alembic/env.py, alembic/alembic/versions/<id>_step_<n>.py
  flyway-<db>/V<n>__step_<n>.sql                                   (Flyway, for each db in SQL_DATABASES)
  liquibase-<db>/changelog.sql                                     (Liquibase formatted SQL, one changeset
                                                                     per revision, for each db in SQL_DATABASES)
Anything already in those folders is removed first. The database URL is given on each tool's command
line (retort --url, alembic -x url=...).
"""
import os
import random
import shutil
import sys

DATABASES = ('sqlite', 'postgresql')
# In mixed/, one revision in this many needs javac, as a project's occasional data migration would.
MIXED_EVERY = 20
# SQL revisions, Flyway migrations and Liquibase changelogs are also written for these.
SQL_DATABASES = DATABASES + ('mariadb',)

ALEMBIC_ENV = '''from alembic import context
from sqlalchemy import create_engine, pool

url = context.get_x_argument(as_dictionary=True).get('url') or context.config.get_main_option('sqlalchemy.url')

if context.is_offline_mode():
    context.configure(url=url, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        # One transaction for the whole run on every database, as retort runs by default (Alembic's SQLite
        # default is a transaction per revision).
        context.configure(connection=connection, transactional_ddl=True)
        with context.begin_transaction():
            context.run_migrations()
'''


def ids(count, seed):
    rnd = random.Random(seed)
    seen, out = set(), []
    while len(out) < count:
        rid = '%012x' % rnd.getrandbits(48)
        if rid not in seen:
            seen.add(rid)
            out.append(rid)
    return out


def date(n):
    return '2026-12-04 %02d:%02d:%02d.%06d' % (n // 3600 % 24, n // 60 % 60, n % 60, n)


def kind(n):
    return ('index', 'table', 'column')[n % 3]


def table(n):
    return 't_%d' % ((n + 2) // 3)


def sql_statements(n, database):
    """(upgrade, downgrade) statements, as both tools compile the operations for the database."""
    t = table(n)
    if kind(n) == 'table':
        id_type = {'postgresql': 'SERIAL NOT NULL', 'mariadb': 'INTEGER NOT NULL AUTO_INCREMENT'}.get(
            database, 'INTEGER NOT NULL')
        return (['CREATE TABLE %s (\n    id %s, \n    name VARCHAR(50), \n    PRIMARY KEY (id)\n)' % (t, id_type)],
                ['DROP TABLE %s' % t])
    if kind(n) == 'column':
        return ['ALTER TABLE %s ADD COLUMN note INTEGER' % t], ['ALTER TABLE %s DROP COLUMN note' % t]
    drop = 'DROP INDEX ix_%s_name ON %s' % (t, t) if database == 'mariadb' else 'DROP INDEX ix_%s_name' % t
    return ['CREATE INDEX ix_%s_name ON %s (name)' % (t, t)], [drop]


def java_calls(n):
    t = table(n)
    if kind(n) == 'table':
        return ('op.createTable("%s", column("id", INTEGER).primaryKey(), column("name", string(50)));' % t,
                'op.dropTable("%s");' % t)
    if kind(n) == 'column':
        return ('op.addColumn("%s", column("note", INTEGER));' % t, 'op.dropColumn("%s", "note");' % t)
    return ('op.createIndex("ix_%s_name", "%s", "name");' % (t, t), 'op.dropIndex("ix_%s_name", "%s");' % (t, t))


def python_calls(n):
    t = table(n)
    if kind(n) == 'table':
        return ("op.create_table('%s', sa.Column('id', sa.Integer(), primary_key=True), "
                "sa.Column('name', sa.String(50)))" % t, "op.drop_table('%s')" % t)
    if kind(n) == 'column':
        return "op.add_column('%s', sa.Column('note', sa.Integer()))" % t, "op.drop_column('%s', 'note')" % t
    return ("op.create_index('ix_%s_name', '%s', ['name'])" % (t, t),
            "op.drop_index('ix_%s_name', table_name='%s')" % (t, t))


def java_file(n, rid, parent, javac=False):
    """javac=True: the upgrade makes its call in a counting loop (for (int i = 0; i < 1; i++)), so the revision
    is more than plain statements and retort compiles it with javac (the same calls otherwise). A local variable,
    a field, a helper method or a loop over values would not do: revisions with those run without javac too."""
    up, down = java_calls(n)
    helper = ''
    if javac:
        up = 'for (int i = 0; i < 1; i++) {\n            %s\n        }' % up
    revises = '"%s"' % parent if parent else ''
    return ('import static dev.retort.api.Schema.*;\n\n'
            'import dev.retort.api.Migration;\nimport dev.retort.api.Operations;\nimport dev.retort.api.Revision;\n\n'
            '@Revision(\n        id = "%s",\n        revises = {%s},\n        message = "step %d",\n'
            '        createDate = "%s")\nclass Step%d_%s implements Migration {\n\n'
            '%s    @Override\n    public void upgrade(Operations op) {\n        %s\n    }\n\n'
            '    @Override\n    public void downgrade(Operations op) {\n        %s\n    }\n}\n'
            % (rid, revises, n, date(n), n, rid, helper, up, down))


def sql_file(n, rid, parent, database):
    up, down = sql_statements(n, database)
    return ('-- step %d\n--\n-- Revision ID: %s\n-- Revises: %s\n-- Create Date: %s\n\n'
            '-- retort:upgrade\n%s;\n\n-- retort:downgrade\n%s;\n'
            % (n, rid, parent or '', date(n), ';\n'.join(up), ';\n'.join(down)))


def flyway_file(n, database):
    return '-- step %d\n%s;\n' % (n, ';\n'.join(sql_statements(n, database)[0]))


def liquibase_changeset(n, rid, database):
    up, down = sql_statements(n, database)
    return ('--changeset bench:%s\n--comment: step %d\n%s;\n%s\n\n'
            % (rid, n, ';\n'.join(up), '\n'.join('--rollback %s;' % s for s in down)))


def python_file(n, rid, parent):
    up, down = python_calls(n)
    return ('"""step %d\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n\n"""\n'
            'from alembic import op\nimport sqlalchemy as sa\n\n'
            'revision = %r\ndown_revision = %r\nbranch_labels = None\ndepends_on = None\n\n\n'
            'def upgrade():\n    %s\n\n\ndef downgrade():\n    %s\n'
            % (n, rid, parent or '', date(n), rid, parent, up, down))


def write(count, seed, out):
    out = os.path.abspath(out)
    retort_envs = ['java', 'javac', 'mixed'] + ['sql-' + db for db in SQL_DATABASES]
    peers = ['%s-%s' % (tool, db) for tool in ('flyway', 'liquibase') for db in SQL_DATABASES]
    for d in retort_envs + ['alembic'] + peers:
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
    java = os.path.join(out, 'java', 'migrations', 'versions')
    javac = os.path.join(out, 'javac', 'migrations', 'versions')
    mixed = os.path.join(out, 'mixed', 'migrations', 'versions')
    sql = {db: os.path.join(out, 'sql-' + db, 'migrations', 'versions') for db in SQL_DATABASES}
    alembic = os.path.join(out, 'alembic', 'alembic', 'versions')
    for d in [java, javac, mixed, alembic] + list(sql.values()) + [os.path.join(out, d) for d in peers]:
        os.makedirs(d)
    changelogs = {db: open(os.path.join(out, 'liquibase-' + db, 'changelog.sql'), 'w') for db in SQL_DATABASES}
    for f in changelogs.values():
        f.write('--liquibase formatted sql\n\n')
    for d in retort_envs:
        with open(os.path.join(out, d, 'retort.toml'), 'w') as f:
            f.write('[retort]\nscript_location = "migrations"\n')
    with open(os.path.join(out, 'alembic', 'alembic.ini'), 'w') as f:
        f.write('[alembic]\nscript_location = %s\n' % os.path.join(out, 'alembic', 'alembic'))
    with open(os.path.join(out, 'alembic', 'alembic', 'env.py'), 'w') as f:
        f.write(ALEMBIC_ENV)
    parent = None
    for n, rid in enumerate(ids(count, seed), start=1):
        name = '%s_step_%d' % (rid, n)
        for folder, ext, text in ((java, 'java', java_file(n, rid, parent)),
                                  (javac, 'java', java_file(n, rid, parent, javac=True)),
                                  (mixed, 'java', java_file(n, rid, parent, javac=n % MIXED_EVERY == 0)),
                                  (alembic, 'py', python_file(n, rid, parent))):
            with open(os.path.join(folder, '%s.%s' % (name, ext)), 'w') as f:
                f.write(text)
        for db, folder in sql.items():
            with open(os.path.join(folder, name + '.sql'), 'w') as f:
                f.write(sql_file(n, rid, parent, db))
            with open(os.path.join(out, 'flyway-' + db, 'V%d__step_%d.sql' % (n, n)), 'w') as f:
                f.write(flyway_file(n, db))
            changelogs[db].write(liquibase_changeset(n, rid, db))
        parent = rid
    for f in changelogs.values():
        f.close()
    return parent


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    write(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])


if __name__ == '__main__':
    main()
