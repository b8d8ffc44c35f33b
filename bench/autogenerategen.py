#!/usr/bin/python3
"""Generate one target schema of COUNT tables, written three ways: a retort models file (Java), an Alembic
`target_metadata` (SQLAlchemy), and the SQL DDL that creates it on each database.

Table t<n> (n from 0) has eight columns, a unique constraint, one or two indexes and, from t1 on, a
foreign key to the table before it; every constraint and index is named:
  id INTEGER primary key, name VARCHAR(100) NOT NULL, code VARCHAR(20) NOT NULL, amount NUMERIC(10,2),
  created TIMESTAMP, active BOOLEAN, note TEXT, parent_id INTEGER
  uq_t<n>_code UNIQUE (code)
  fk_t<n>_parent_id FOREIGN KEY (parent_id) REFERENCES t<n-1> (id)      (not on t0)
  ix_t<n>_name ON (name), and ix_t<n>_created ON (created) for even n
The DDL is what both tools compile these tables to (on PostgreSQL the lone integer primary key becomes
SERIAL, as in SQLAlchemy, and on SQLite TIMESTAMP is written DATETIME, as both tools write it: retort's
TIMESTAMP is SQLAlchemy's DateTime); a database it creates is identical to the models.

usage: autogenerategen.py COUNT OUT_DIR

OUT_DIR must hold the environments the tools' own `init` commands write (`retort init migrations` in
OUT_DIR/retort, `alembic init alembic` in OUT_DIR/alembic); this adds, replacing what init wrote there:
  retort/retort.toml                   script_location and models = "migrations/Models.java"
  retort/migrations/Models.java        the models (retort's Java DSL)
  alembic/alembic.ini                  script_location
  alembic/alembic/env.py               target_metadata from models.py, compare_type and
                                       compare_server_default on (retort compares both by default)
  alembic/alembic/models.py            the same tables as a SQLAlchemy MetaData
  ddl-<db>.sql                         CREATE TABLE and CREATE INDEX statements in one transaction, for
                                       each db in DATABASES
The database URL is given on each tool's command line (retort --url, alembic -x url=...).
"""
import os
import sys

DATABASES = ('sqlite', 'postgresql')
# Tables per method of the models class: one method for all of them would pass the JVM's 64 KB limit.
JAVA_CHUNK = 50

ALEMBIC_ENV = '''import os
import sys

from alembic import context
from sqlalchemy import create_engine, pool

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from models import metadata  # noqa: E402

x = context.get_x_argument(as_dictionary=True)
url = x.get('url') or context.config.get_main_option('sqlalchemy.url')
# SQLAlchemy reflects the table a foreign key refers to as soon as it meets the key, recursively: along
# the chain t<N> -> t<N-1> -> ... -> t0 Python's default limit of 1,000 frames gives a RecursionError
# (-x recursion_limit=1000 shows it).
sys.setrecursionlimit(int(x.get('recursion_limit', RECURSION_LIMIT)))
target_metadata = metadata

engine = create_engine(url, poolclass=pool.NullPool)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=target_metadata,
                      compare_type=True, compare_server_default=True)
    with context.begin_transaction():
        context.run_migrations()
'''


def recursion_limit(count):
    """Python frames Alembic's env.py allows: about 20 per table of the longest foreign key chain."""
    return max(1000, 1000 + 40 * count)


def name(n):
    return 't%d' % n


def indexes(n):
    """(index name, column) pairs of table n."""
    t = name(n)
    return [('ix_%s_name' % t, 'name')] + ([('ix_%s_created' % t, 'created')] if n % 2 == 0 else [])


def ddl(n, database):
    """The statements that create table n on the database, as both tools compile them."""
    t = name(n)
    types = {'postgresql': ('SERIAL', 'TIMESTAMP WITHOUT TIME ZONE'), 'sqlite': ('INTEGER', 'DATETIME')}[database]
    lines = ['id %s NOT NULL' % types[0], 'name VARCHAR(100) NOT NULL', 'code VARCHAR(20) NOT NULL',
             'amount NUMERIC(10, 2)', 'created %s' % types[1], 'active BOOLEAN', 'note TEXT', 'parent_id INTEGER',
             'PRIMARY KEY (id)', 'CONSTRAINT uq_%s_code UNIQUE (code)' % t]
    if n > 0:
        lines.append('CONSTRAINT fk_%s_parent_id FOREIGN KEY(parent_id) REFERENCES %s (id)' % (t, name(n - 1)))
    return (['CREATE TABLE %s (\n    %s\n)' % (t, ', \n    '.join(lines))]
            + ['CREATE INDEX %s ON %s (%s)' % (ix, t, col) for ix, col in indexes(n)])


def java_table(n):
    t = name(n)
    elements = ['column("id", INTEGER).primaryKey()', 'column("name", string(100)).notNull()',
                'column("code", string(20)).notNull()', 'column("amount", numeric(10, 2))',
                'column("created", TIMESTAMP)', 'column("active", BOOLEAN)', 'column("note", TEXT)',
                'column("parent_id", INTEGER)', 'unique("uq_%s_code", "code")' % t]
    if n > 0:
        elements.append('foreignKey("fk_%s_parent_id", List.of("parent_id"), "%s", List.of("id"))' % (t, name(n - 1)))
    elements += ['index("%s", "%s")' % (ix, col) for ix, col in indexes(n)]
    return 'table("%s",\n                %s)' % (t, ',\n                '.join(elements))


def java_models(count):
    chunks = [list(range(start, min(start + JAVA_CHUNK, count))) for start in range(0, count, JAVA_CHUNK)]
    methods = ''.join('\n    private static List<Table> tables%d() {\n        return List.of(\n            %s);\n    }\n'
                      % (i, ',\n            '.join(java_table(n) for n in chunk)) for i, chunk in enumerate(chunks))
    calls = ''.join('\n                .tables(tables%d())' % i for i in range(len(chunks)))
    return ('import static dev.retort.api.Schema.*;\n\n'
            'import dev.retort.model.MetaData;\nimport dev.retort.model.Models;\nimport dev.retort.schema.Table;\n'
            'import java.util.List;\n\n'
            '/** %d generated tables t0 ... t%d (bench/autogenerategen.py). */\n'
            'class BenchModels implements Models {\n\n'
            '    @Override\n    public MetaData metadata() {\n        return MetaData.empty()%s;\n    }\n%s}\n'
            % (count, count - 1, calls, methods))


def python_table(n):
    t = name(n)
    elements = ["sa.Column('id', sa.Integer(), primary_key=True)",
                "sa.Column('name', sa.String(100), nullable=False)",
                "sa.Column('code', sa.String(20), nullable=False)", "sa.Column('amount', sa.Numeric(10, 2))",
                "sa.Column('created', sa.DateTime())", "sa.Column('active', sa.Boolean())",
                "sa.Column('note', sa.Text())", "sa.Column('parent_id', sa.Integer())",
                "sa.UniqueConstraint('code', name='uq_%s_code')" % t]
    if n > 0:
        elements.append("sa.ForeignKeyConstraint(['parent_id'], ['%s.id'], name='fk_%s_parent_id')" % (name(n - 1), t))
    elements += ["sa.Index('%s', '%s')" % (ix, col) for ix, col in indexes(n)]
    return "sa.Table('%s', metadata,\n         %s)\n" % (t, ',\n         '.join(elements))


def python_models(count):
    return ('"""%d generated tables t0 ... t%d (bench/autogenerategen.py)."""\nimport sqlalchemy as sa\n\n'
            'metadata = sa.MetaData()\n\n' % (count, count - 1)) + ''.join(python_table(n) for n in range(count))


def write(count, out):
    out = os.path.abspath(out)
    retort, alembic = os.path.join(out, 'retort'), os.path.join(out, 'alembic')
    for folder, init in ((os.path.join(retort, 'migrations'), 'retort init migrations'),
                         (os.path.join(alembic, 'alembic'), 'alembic init alembic')):
        if not os.path.isdir(folder):
            raise SystemExit('autogenerategen: %s is missing; run `%s` in %s first' % (folder, init,
                                                                                     os.path.dirname(folder)))
    files = {
        os.path.join(retort, 'retort.toml'): '[retort]\nscript_location = "migrations"\n'
                                             'models = "migrations/Models.java"\n',
        os.path.join(retort, 'migrations', 'Models.java'): java_models(count),
        os.path.join(alembic, 'alembic.ini'): '[alembic]\nscript_location = %s\n' % os.path.join(alembic, 'alembic'),
        os.path.join(alembic, 'alembic', 'env.py'): ALEMBIC_ENV.replace('RECURSION_LIMIT', str(recursion_limit(count))),
        os.path.join(alembic, 'alembic', 'models.py'): python_models(count),
    }
    for db in DATABASES:
        files[os.path.join(out, 'ddl-%s.sql' % db)] = 'BEGIN;\n\n%sCOMMIT;\n' % ''.join(
            '%s;\n\n' % statement for n in range(count) for statement in ddl(n, db))
    for path, text in files.items():
        with open(path, 'w') as f:
            f.write(text)
    for folder in (os.path.join(retort, 'migrations', 'versions'), os.path.join(alembic, 'alembic', 'versions')):
        os.makedirs(folder, exist_ok=True)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    write(int(sys.argv[1]), sys.argv[2])


if __name__ == '__main__':
    main()
