#!/usr/bin/python3
"""Time autogenerate (reflect a 500-table schema and compare it with the models) of retort against Alembic,
on SQLite and PostgreSQL.

Run it through bench/autogenerate.sh, which installs what is missing first. `retort init` and `alembic init`
write the two environments under bench/work/autogenerate/, then bench/autogenerategen.py adds the same COUNT
tables to both (retort: migrations/Models.java; Alembic: models.py as target_metadata, compare_type and
compare_server_default on) and the DDL that creates them. For each database, on a run set of its own
(new SQLite files, or new, uniquely named PostgreSQL databases, all dropped at the end; each tool gets its
own database, so neither sees the other's version table):

- identical: the database created once with the DDL (run by `sqlite3` or `psql`); Alembic
  `revision --autogenerate -m x`, retort `check` and retort `revision --autogenerate -m x`. Each must find
  no difference: Alembic's revision must have an empty upgrade (`pass`), retort's check must exit 0 and
  print "No new upgrade operations detected.", retort's revision must have no operation. Anything else is
  a false positive and is reported with the output, not hidden;
- empty: an empty database; Alembic and retort `revision --autogenerate -m x`, each of which must create
  every table, index, unique constraint and foreign key of the models, and nothing else.

Before timing, the statements retort's `revision --autogenerate --sql` prints for an empty database and
the ones SQLAlchemy compiles from models.py are compared with the DDL. Each contender then has one cold run
(retort without migrations/.retort-cache, so Models.java is compiled; Alembic without the __pycache__ of
env.py and models.py), one untimed warm-up, then RUNS rounds that run every contender once, in turn. Each
run is one whole process (JVM or Python start-up, loading the models, connecting, reflecting, comparing,
writing the revision file), timed with time.perf_counter() around subprocess.run(); the revision file
each run writes is read, checked and deleted. Unless --no-doc is given, the section between the
autogenerate markers of docs/benchmarks.md is replaced with the results; raw timings and outputs go to
bench/work/autogenerate.json.
"""
import argparse
import datetime
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import autogenerategen  # noqa: E402
import graph_commands  # noqa: E402  (environment, machine, statistics)
import upgrade  # noqa: E402  (databases, tool command lines, timed runs, doc section)

SECTION = 'autogenerate'
BEGIN = '<!-- BEGIN %s: written by bench/autogenerate.sh; edits here are overwritten -->' % SECTION
END = '<!-- END %s -->' % SECTION
log = graph_commands.log
fmt, cells = upgrade.fmt, upgrade.cells

# Contenders per figure, in the order each round runs them.
CONTENDERS = {
    'identical': (('alembic', 'Alembic `revision --autogenerate`'),
                  ('retort-check', 'retort `check`'),
                  ('retort-revision', 'retort `revision --autogenerate`')),
    'empty': (('alembic', 'Alembic `revision --autogenerate`'),
              ('retort-revision', 'retort `revision --autogenerate`')),
}
FIGURES = {'identical': 'identical to the models', 'empty': 'empty'}
NO_DIFFERENCE = 'No new upgrade operations detected.'


def tool(kind):
    return 'alembic' if kind == 'alembic' else 'retort'


def versions_dir(work, kind):
    if tool(kind) == 'alembic':
        return os.path.join(work, 'alembic', 'alembic', 'versions')
    return os.path.join(work, 'retort', 'migrations', 'versions')


def argv_for(kind, work, url, *extra):
    if kind == 'alembic':
        return upgrade.alembic_argv(os.path.join(work, 'alembic'), url, *extra, 'revision', '--autogenerate',
                                    '-m', 'x')
    command = ['check'] if kind == 'retort-check' else ['revision', '--autogenerate', '-m', 'x']
    return upgrade.retort_argv(os.path.join(work, 'retort'), url, *command, quiet=False)


def forget(kind, work):
    """Makes a cold run: no compiled models (retort) or bytecode of env.py and models.py (Alembic)."""
    if tool(kind) == 'alembic':
        shutil.rmtree(os.path.join(work, 'alembic', 'alembic', '__pycache__'), ignore_errors=True)
    else:
        shutil.rmtree(os.path.join(work, 'retort', 'migrations', upgrade.CACHE), ignore_errors=True)


def upgrade_body(kind, text):
    if tool(kind) == 'alembic':
        return text.split('def upgrade()', 1)[1].split('def downgrade()', 1)[0]
    return text.split('public void upgrade(', 1)[1].split('public void downgrade(', 1)[0]


# What a revision's upgrade creates, counted from its source: (tables, indexes, unique constraints,
# foreign keys). Alembic writes indexes as op.create_index after the table, retort as elements of it.
PATTERNS = {'alembic': (r'^\s*op\.create_table\(', r'^\s*op\.create_index\(', r'\bsa\.UniqueConstraint\(',
                        r'\bsa\.ForeignKeyConstraint\('),
            'retort': (r'^\s*op\.createTable\(', r'^\s*index\(', r'^\s*unique\(', r'^\s*foreignKey\(')}


def created(kind, body):
    return tuple(len(re.findall(p, body, re.M)) for p in PATTERNS[tool(kind)])


def expected(count):
    return count, count + (count + 1) // 2, count, count - 1


def verdict(kind, figure, count, proc, revision):
    """(as expected?, what was found) for one run."""
    out = proc.stdout.decode(errors='replace').strip()
    if kind == 'retort-check':
        ok = proc.returncode == 0 and out == NO_DIFFERENCE
        return ok, 'exit %d, %s' % (proc.returncode, ('"%s"' % out) if ok else '%d lines of differences'
                                    % len(out.splitlines()))
    if revision is None:
        return False, 'wrote no revision file (exit %d)' % proc.returncode
    body = upgrade_body(kind, revision)
    ops = re.findall(r'^\s*op\.(\w+)\(', body, re.M)
    if figure == 'identical':
        code = [line.strip() for line in body.splitlines()[1:] if line.strip() and not line.strip().startswith('#')]
        ok = not ops and (tool(kind) == 'retort' or code == ['pass'])
        return ok, 'empty upgrade' if ok else '%d operations: %s' % (len(ops), summary(ops))
    found = created(kind, body)
    return (found == expected(count) and len(ops) == found[0] + (found[1] if tool(kind) == 'alembic' else 0),
            '%d tables, %d indexes, %d unique, %d foreign keys' % found)


def summary(ops):
    counts = {}
    for op in ops:
        counts[op] = counts.get(op, 0) + 1
    return ', '.join('%d %s' % (n, op) for op, n in sorted(counts.items())) or 'no operations'


def timed(kind, figure, work, db, handle, count, extra=()):
    """Runs one contender once; returns (wall seconds, CPU seconds, as expected?, found, output)."""
    folder = versions_dir(work, kind)
    before = set(os.listdir(folder))
    argv = argv_for(kind, work, db.url(handle), *extra)
    cpu = upgrade.children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=work, env=graph_commands.clean_env(), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    cpu = upgrade.children_cpu() - cpu
    written = sorted(set(os.listdir(folder)) - before - {'__pycache__'})
    revision = None
    for name in written:
        with open(os.path.join(folder, name)) as f:
            revision = f.read()
        os.remove(os.path.join(folder, name))
    output = (proc.stdout + proc.stderr).decode(errors='replace')
    if proc.returncode != 0 and not (kind == 'retort-check' and proc.returncode == 1):
        return elapsed, cpu, False, 'failed with exit code %d' % proc.returncode, output.replace(ROOT + os.sep, '')
    ok, found = verdict(kind, figure, count, proc, revision)
    if not ok and revision is not None:
        output += '--- upgrade of the revision written\n' + upgrade_body(kind, revision)
    return elapsed, cpu, ok, found, output.replace(ROOT + os.sep, '') if not ok else ''


def tables_in(db, handle):
    if db.pg is None:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
    else:
        sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
    return [t for t in db.query(handle, sql) if t not in ('alembic_version', 'retort_version')]


def normalized(statements):
    return sorted(re.sub(r'\s+', ' ', s).replace('( ', '(').replace(' )', ')').strip()
                  for s in statements if s.strip() and s.strip().upper() not in ('BEGIN', 'COMMIT'))


def sqlalchemy_ddl(work, dialect):
    """CREATE TABLE and CREATE INDEX statements SQLAlchemy compiles from the Alembic side's models.py."""
    import importlib
    from sqlalchemy.dialects import postgresql, sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable
    sys.path.insert(0, os.path.join(work, 'alembic', 'alembic'))
    try:
        models = importlib.import_module('models')
    finally:
        sys.path.pop(0)
    d = {'sqlite': sqlite.dialect(), 'postgresql': postgresql.dialect()}[dialect]
    out = []
    for table in models.metadata.sorted_tables:
        out.append(str(CreateTable(table).compile(dialect=d)))
        out += [str(CreateIndex(index).compile(dialect=d)) for index in table.indexes]
    return out


def same_statements(work, db, empty_handle):
    """Whether the DDL, retort's SQL for the empty database and SQLAlchemy's compilation agree."""
    with open(os.path.join(work, 'ddl-%s.sql' % db.name)) as f:
        ddl = normalized(f.read().split(';'))
    argv = upgrade.retort_argv(os.path.join(work, 'retort'), db.url(empty_handle), 'revision', '--autogenerate',
                               '--sql', '-m', 'x', quiet=False)
    retort = upgrade.run(argv, work, 'retort revision --autogenerate --sql')[2].stdout.decode()
    return {'retort': normalized(retort.split(';')) == ddl,
            'SQLAlchemy': normalized(sqlalchemy_ddl(work, db.name)) == ddl}


def recursion_check(work, db, handle):
    """Alembic on the identical database with Python's default recursion limit: how it ends."""
    argv = argv_for('alembic', work, db.url(handle), '-x', 'recursion_limit=1000')
    proc = subprocess.run(argv, cwd=work, env=graph_commands.clean_env(), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for name in os.listdir(versions_dir(work, 'alembic')):
        if name.endswith('.py'):
            os.remove(os.path.join(versions_dir(work, 'alembic'), name))
    err = proc.stderr.decode(errors='replace').strip().splitlines()
    return 'exit %d%s' % (proc.returncode, (': ' + err[-1]) if proc.returncode and err else '')


def measure(args, db, work):
    """Both figures on one database; the databases are created here and dropped at the end."""
    handles = {}
    try:
        for figure in FIGURES:
            for name in ('alembic', 'retort'):
                handles[figure, name] = db.new()
                if figure == 'identical':
                    upgrade.run(db.raw_argv(handles[figure, name], os.path.join(work, 'ddl-%s.sql' % db.name)),
                                work, 'creating the schema')
                    found = len(tables_in(db, handles[figure, name]))
                    if found != args.count:
                        raise SystemExit('autogenerate: the DDL created %d tables, not %d' % (found, args.count))
        same = same_statements(work, db, handles['empty', 'retort'])
        default_limit = recursion_check(work, db, handles['identical', 'alembic'])
        log('== %s: same statements: %s; Alembic with the default recursion limit: %s' % (db.name, same,
                                                                                       default_limit))
        figures = {}
        for figure in FIGURES:
            figures[figure] = measure_figure(args, db, work, figure, handles)
        left = {figure: {name: len(tables_in(db, handles[figure, name])) for name in ('alembic', 'retort')}
                for figure in FIGURES}
        if any(n != args.count for n in left['identical'].values()) or any(left['empty'].values()):
            raise SystemExit('autogenerate: a run changed the schema of a database: tables left %s' % left)
    finally:
        for handle in handles.values():
            db.drop(handle)
    return {'database': db.name, 'same_statements': same, 'default_recursion_limit': default_limit,
            'figures': figures}


def measure_figure(args, db, work, figure, handles):
    kinds = [kind for kind, _ in CONTENDERS[figure]]
    handle = {kind: handles[figure, tool(kind)] for kind in kinds}
    results = {kind: {'times': [], 'cpu': [], 'found': {}, 'unexpected': []} for kind in kinds}

    def once(kind):
        elapsed, cpu, ok, found, output = timed(kind, figure, work, db, handle[kind], args.count)
        r = results[kind]
        r['found'][found] = r['found'].get(found, 0) + 1
        if not ok and len(r['unexpected']) < 1:
            r['unexpected'].append({'found': found, 'output': output[:20000]})
            log('   %s %s %s: UNEXPECTED: %s\n%s' % (db.name, figure, kind, found, output[:3000]))
        return elapsed, cpu

    for kind in kinds:                             # one cold run each, then an untimed warm-up
        forget(kind, work)
        results[kind]['cold'], _ = once(kind)
    for kind in kinds:
        once(kind)
    for i in range(args.runs):
        for kind in kinds:
            elapsed, cpu = once(kind)
            results[kind]['times'].append(elapsed)
            results[kind]['cpu'].append(cpu)
        log('   %s %s round %d/%d: %s' % (db.name, figure, i + 1, args.runs,
                                         '  '.join('%s %.2f' % (k, r['times'][-1]) for k, r in results.items())))
    for r in results.values():
        r['stats'], r['cpu_stats'] = graph_commands.stats(r['times']), graph_commands.stats(r['cpu'])
    return results


def render(args, info, results, elapsed):
    n = '{:,}'.format(args.count)
    out = [BEGIN, '## Autogenerate: reflecting and comparing %s tables' % n, '']
    out += ['Wall-clock time of one whole process, in seconds, on a **2-core machine** '
            '(the load average before and after is given below; other work on the machine widens the spread): '
            'compare medians within one table. Each run includes everything a user waits for: start-up (the JVM, or Python), '
            'loading the models (retort: `migrations/Models.java`, compiled in-process on the first run and '
            'loaded from `.retort-cache` afterwards; Alembic: importing `models.py`), connecting, reflecting '
            'the schema, comparing it with the models and, for `revision`, writing the revision file. `retort` '
            'is the `./retort` launcher (start-up flags and class-data archive); Alembic is `/usr/bin/python3 '
            '-m alembic -c alembic.ini -x url=... revision --autogenerate -m x` with `compare_type=True` and '
            '`compare_server_default=True` (retort compares types and server defaults by default). The CPU '
            'column is the user + system time of the measured process and its children (the database server\'s '
            'own time is not in it).', '']
    out += ['The schema (`bench/autogenerategen.py`, one generator for both tools): %s tables `t0` ... `t%d`, '
            'each with `id INTEGER` primary key, `name VARCHAR(100) NOT NULL`, `code VARCHAR(20) NOT NULL`, '
            '`amount NUMERIC(10,2)`, `created TIMESTAMP`, `active BOOLEAN`, `note TEXT`, `parent_id INTEGER`; '
            'a unique constraint `uq_tN_code`, an index `ix_tN_name` (and `ix_tN_created` on even N), and from '
            '`t1` on a foreign key `fk_tN_parent_id` to the table before it; every constraint and index is named '
            'explicitly on both sides.' % (n, args.count - 1), '']
    out += ['| Database | Database schema | Run | Median | IQR | Min-max | Alembic / this (medians) '
            '| CPU median | Cold run | Found (every run) |', '|---|---|---|---:|---:|---:|---:|---:|---:|---|']
    for r in results:
        for figure, contenders in CONTENDERS.items():
            f = r['figures'][figure]
            alembic = f['alembic']['stats']['median']
            for kind, label in contenders:
                s = f[kind]
                ratio = '-' if kind == 'alembic' else '**%.1fx**' % (alembic / s['stats']['median'])
                found = '; '.join(('%s' % k) if v == args.runs + 2 else '%s (%d runs)' % (k, v)
                                  for k, v in s['found'].items())
                out.append('| %s | %s | %s | %s | %s | %s | %s | %s |' % (
                    r['database'], FIGURES[figure], label, ' | '.join(cells(s['stats'])), ratio,
                    fmt(s['cpu_stats']['median']), fmt(s['cold']), found))
    out += ['', 'Alembic / this above 1 means retort is faster. "Cold run" is the first run after a checkout: '
            'retort compiles `Models.java` (%s tables, one javac task) into `.retort-cache`; Alembic compiles '
            '`env.py` and `models.py` to bytecode. It is one run per database and contender, not a median.'
            % n, '']
    out += findings(args, results)
    out += ['**Method.** Each tool gets its own databases (so neither sees the other\'s version table): for the '
            '"identical" rows one created once with the DDL both tools compile the models to (run by `sqlite3` '
            'or `psql` in one transaction), for the "empty" rows an empty one. On PostgreSQL these are new '
            'databases with unique names, on SQLite new files, all dropped at the end; with no revisions in either '
            'environment an empty or unversioned database is at heads. Per contender one cold run, one untimed '
            'warm-up, then %d rounds that run every contender once, in the order of the table. Every revision '
            'file a run writes is read, checked (the "Found" column) and deleted; after the runs the databases '
            'must still hold what they held. The jar and its class-data archive are built before timing. The '
            'whole run took %.0f s; the load average (1 min) was %.2f before and %.2f after.%s' % (
                args.runs, elapsed, info['load_before'], info['load_after'],
                graph_commands.QUICK_NOTE if args.quick else ''), '']
    out += ['**Machine.** %s CPUs (`nproc`), %s memory, %s; %s.' % (info['nproc'], info['memory'], info['cpu'],
                                                                     info['os']),
            '%s. Python %s, Alembic %s, SQLAlchemy %s, psycopg2 %s (Debian packages); %s; %s. retort at commit '
            '%s. Measured %s.' % (info['java'], info['python'], info['alembic'], info['sqlalchemy'],
                                  info['psycopg2'], info['sqlite3'], info['postgresql'], info['commit'],
                                  datetime.date.today().isoformat()), '']
    out += ['**Reproduce** (from the repository root, with a PostgreSQL server that lets `postgres` create '
            'databases; installs Alembic, psycopg2, sqlite3 and psql from Debian\'s packages if they are missing, '
            'writes the environments and databases to `bench/work/autogenerate/` and the raw timings and '
            'outputs to `bench/work/autogenerate.json`):', '', '```sh', args.invocation, '```', '', END]
    return '\n'.join(out) + '\n'


def findings(args, results):
    out = []
    unexpected = [(r['database'], figure, kind, u) for r in results for figure, f in r['figures'].items()
                  for kind, s in f.items() for u in s['unexpected']]
    if unexpected:
        out += ['**Unexpected results** (a difference found on the identical schema is a false positive):', '']
        for database, figure, kind, u in unexpected:
            lines = u['output'].strip().splitlines()
            out += ['- %s, %s database, %s: %s. Output (first lines of %d):' % (
                database, FIGURES[figure], kind, u['found'], len(lines)), '', '  ```']
            out += ['  ' + line for line in lines[:12]] + ['  ```', '']
    else:
        out += ['No false positives: on the identical databases every run of both tools found no difference.', '']
    same = '; '.join('%s: %s' % (r['database'], ', '.join('%s %s' % (k, 'yes' if v else '**no**')
                                                         for k, v in r['same_statements'].items()))
                     for r in results)
    out += ['Same statements (checked before timing: retort\'s `revision --autogenerate --sql` on the empty '
            'database and SQLAlchemy\'s compilation of `models.py`, against the DDL): %s. On SQLite both tools '
            'write `TIMESTAMP` as `DATETIME` (retort\'s `TIMESTAMP` is SQLAlchemy\'s `DateTime`), so the DDL does '
            'too; both report a type change on a SQLite column declared `TIMESTAMP`.' % same, '']
    limits = '; '.join('%s: %s' % (r['database'], r['default_recursion_limit']) for r in results)
    if any(not r['default_recursion_limit'].startswith('exit 0') for r in results):
        out += ['**Alembic needs a higher recursion limit on this schema.** SQLAlchemy reflects the table a '
                'foreign key refers to when it meets the key, recursively, so the chain `t%d` -> ... -> `t0` goes '
                'deeper than Python\'s default 1,000 frames. The generated `env.py` calls '
                '`sys.setrecursionlimit(%d)`; with the default limit (`-x recursion_limit=1000`, one untimed run '
                'on the identical database) Alembic ended with %s.' % (
                    args.count - 1, autogenerategen.recursion_limit(args.count), limits), '']
    else:
        out += ['Alembic with Python\'s default recursion limit (`-x recursion_limit=1000`, one untimed run on '
                'the identical database): %s.' % limits, '']
    return out


def prepare(args, work):
    """The two environments: each tool's init, then the generated models, configuration and DDL."""
    shutil.rmtree(work, ignore_errors=True)
    for name, argv in (('retort', [upgrade.LAUNCHER, '-q', 'init', 'migrations']),
                       ('alembic', [upgrade.PYTHON, '-m', 'alembic', 'init', 'alembic'])):
        os.makedirs(os.path.join(work, name))
        upgrade.run(argv, os.path.join(work, name), '%s init' % name)
    autogenerategen.write(args.count, work)


def main():
    p = argparse.ArgumentParser(prog='bench/autogenerate.sh', description=__doc__.split('\n\n')[0])
    p.add_argument('--runs', type=int, default=7, help='timed rounds per database and schema (default 7)')
    p.add_argument('--count', type=int, default=500, help='tables in the schema (default 500)')
    p.add_argument('--databases', default='sqlite,postgresql', help='default sqlite,postgresql')
    p.add_argument('--pg-url', default='postgresql://postgres@127.0.0.1:5432',
                   help='PostgreSQL server whose user may create databases (default postgresql://postgres@127.0.0.1:5432)')
    p.add_argument('--quick', action='store_true', help='marks the doc section as a quick run')
    p.add_argument('--invocation', default=None, help='the command line to print under "Reproduce"')
    p.add_argument('--no-doc', action='store_true', help='do not update docs/benchmarks.md')
    args = p.parse_args()
    args.databases = [d for d in args.databases.split(',') if d]
    if args.runs < 1 or args.count < 2 or any(d not in autogenerategen.DATABASES for d in args.databases):
        p.error('--runs must be at least 1, --count at least 2 and --databases a list of: %s'
                % ', '.join(autogenerategen.DATABASES))
    if not args.databases:                          # nothing to measure: no section of empty tables
        p.error('--databases names no database (of: %s)' % ', '.join(autogenerategen.DATABASES))
    args.invocation = args.invocation or ' '.join(['bench/autogenerate.sh'] + [shlex.quote(a) for a in sys.argv[1:]])
    work = os.path.join(HERE, 'work', 'autogenerate')
    started = time.perf_counter()
    upgrade.build()
    info = graph_commands.machine()
    info['psycopg2'] = graph_commands.capture([upgrade.PYTHON, '-c', 'import psycopg2; print(psycopg2.__version__.split()[0])'],
                                              env=graph_commands.clean_env())
    info['sqlite3'] = 'sqlite3 ' + (graph_commands.capture(['sqlite3', '--version']) or '?').split()[0]
    info['postgresql'] = 'PostgreSQL ' + (graph_commands.capture(
        ['psql', '-X', '-A', '-t', '-d', args.pg_url + '/postgres', '-c', 'SHOW server_version']) or '?').split(' ')[0]
    info['load_before'] = os.getloadavg()[0]
    log('== writing both environments and %d tables to %s' % (args.count, os.path.relpath(work, ROOT)))
    prepare(args, work)
    results = [measure(args, upgrade.Database(name, work, args.pg_url), work) for name in args.databases]
    info['load_after'] = os.getloadavg()[0]
    elapsed = time.perf_counter() - started
    with open(os.path.join(HERE, 'work', 'autogenerate.json'), 'w') as f:
        json.dump({'machine': info, 'args': vars(args), 'results': results}, f, indent=1)
    section = render(args, info, results, elapsed)
    print(section)
    if not args.no_doc:
        graph_commands.write_doc(section, SECTION)
        log('== wrote the %s section of %s' % (SECTION, os.path.relpath(graph_commands.DOC, ROOT)))
    log('== done in %.0f s' % elapsed)


if __name__ == '__main__':
    main()
