#!/usr/bin/python3
"""Time `upgrade head` of retort against Alembic and against the same SQL run raw, on SQLite and PostgreSQL.

Run it through bench/upgrade.sh, which installs what is missing first. bench/upgradegen.py writes one chain
of COUNT small revisions (create a table, add a column, create an index, in turn) as retort Java revisions,
retort SQL revisions (per database) and Alembic revisions. For each database:

- from an empty database (a new SQLite file or a new, uniquely named PostgreSQL database per run, dropped
  afterwards): Alembic with its __pycache__, retort with Java revisions (compiled classes cached), retort
  with SQL revisions, the raw script (`retort upgrade head --sql` of the same revisions, which is Alembic's
  offline script with another version table name, run by `sqlite3` or `psql` in one transaction), and the
  first runs: Alembic without __pycache__ and retort without .retort-cache (compiling every revision).
  One untimed warm-up of each, then RUNS rounds, each running every contender once in that order;
- with nothing to do: NOOP_COUNT revisions already applied (the raw script, plus Alembic's version table
  at the same head), then NOOP_RUNS rounds of Alembic, retort (Java revisions, no .retort-cache: nothing
  may be compiled), alternating.

Each run is one whole process (start-up included), timed with time.perf_counter() around
subprocess.run(); after each run the version table must hold the head. Unless --no-doc is given, the
section between the upgrade markers of docs/benchmarks.md is replaced with the results; raw timings go to
bench/work/upgrade.json.
"""
import argparse
import datetime
import json
import os
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import graph_commands  # noqa: E402  (shared helpers: environment, machine, statistics, doc writing)
import upgradegen  # noqa: E402

PYTHON = graph_commands.PYTHON
LAUNCHER = graph_commands.LAUNCHER
SECTION = 'upgrade'
BEGIN = '<!-- BEGIN %s: written by bench/upgrade.sh; edits here are overwritten -->' % SECTION
END = '<!-- END %s -->' % SECTION
CACHE = '.retort-cache'
log = graph_commands.log

# Contenders from an empty database, in the order each round runs them.
FROM_EMPTY = (
    ('alembic', 'Alembic (`__pycache__` written)'),
    ('retort-java', 'retort, Java revisions (operation calls: no javac)'),
    ('retort-javac', 'retort, Java revisions that need javac (classes cached)'),
    ('retort-sql', 'retort, SQL revisions'),
    ('raw', 'raw script, one transaction (`sqlite3` / `psql`)'),
    ('alembic-first', 'Alembic first run (no `__pycache__`)'),
    ('retort-java-first', 'retort first run, Java revisions (operation calls; no `.retort-cache`)'),
    ('retort-javac-first', 'retort first run, Java revisions that need javac (no `.retort-cache`: one javac batch)'),
    ('retort-mixed-first', 'retort first run, Java revisions, one in %d needs javac (no `.retort-cache`)'
     % upgradegen.MIXED_EVERY),
)


class Database:
    """Where runs go: new SQLite files, or new PostgreSQL databases on one server."""

    def __init__(self, name, work, pg_url):
        self.name, self.work, self.counter = name, work, 0
        self.pg = urllib.parse.urlparse(pg_url) if name == 'postgresql' else None

    def new(self):
        """A new, empty database; returns its handle (a file path or a database name)."""
        self.counter += 1
        if self.pg is None:
            os.makedirs(os.path.join(self.work, 'db'), exist_ok=True)
            path = os.path.join(self.work, 'db', 'run-%d.db' % self.counter)
            for suffix in ('', '-journal', '-wal', '-retort-lock'):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
            return path
        name = 'retort_bench_%d_%d' % (os.getpid(), self.counter)
        self.psql('postgres', ['-c', 'DROP DATABASE IF EXISTS %s' % name, '-c', 'CREATE DATABASE %s' % name])
        return name

    def drop(self, handle):
        if self.pg is None:
            for suffix in ('', '-journal', '-wal', '-retort-lock'):
                if os.path.exists(handle + suffix):
                    os.remove(handle + suffix)
        else:
            self.psql('postgres', ['-c', 'DROP DATABASE IF EXISTS %s' % handle])

    def url(self, handle):
        if self.pg is None:
            return 'sqlite:///' + handle
        return '%s://%s/%s' % (self.pg.scheme, self.pg.netloc, handle)

    def psql_argv(self, database):
        argv = ['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', self.pg.hostname or '127.0.0.1',
                '-p', str(self.pg.port or 5432), '-d', database]
        return argv + (['-U', self.pg.username] if self.pg.username else [])

    def psql(self, database, args, stdin=None):
        p = subprocess.run(self.psql_argv(database) + args, input=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=graph_commands.clean_env())
        if p.returncode != 0:
            raise SystemExit('upgrade: psql %s failed: %s' % (' '.join(args), p.stderr.decode(errors='replace')))
        return p.stdout.decode()

    def raw_argv(self, handle, script):
        """Runs a script in one transaction; the PostgreSQL script carries its own BEGIN and COMMIT."""
        if self.pg is None:
            return ['sqlite3', '-bail', handle, '.read ' + script]
        return self.psql_argv(handle) + ['-f', script]

    def query(self, handle, sql):
        if self.pg is None:
            p = subprocess.run(['sqlite3', handle, sql], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            return p.stdout.decode().split()
        return self.psql(handle, ['-A', '-t', '-c', sql]).split()


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(argv, cwd, what):
    """Runs once; returns (wall seconds, CPU seconds of the process and its children, completed process)."""
    cpu = children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, env=graph_commands.clean_env(), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    cpu = children_cpu() - cpu
    if proc.returncode != 0:
        raise SystemExit('upgrade: %s: `%s` failed with exit code %d\n--- stdout (head)\n%s\n--- stderr (tail)\n%s' % (
            what, ' '.join(shlex.quote(a) for a in argv), proc.returncode,
            proc.stdout.decode(errors='replace')[:2000], proc.stderr.decode(errors='replace')[-4000:]))
    return elapsed, cpu, proc


def retort_argv(env_dir, url, *command, quiet=True):
    return [LAUNCHER] + (['-q'] if quiet else []) + ['-c', os.path.join(env_dir, 'retort.toml'), '--url', url] + \
        list(command)


def alembic_argv(env_dir, url, *command):
    return [PYTHON, '-m', 'alembic', '-c', os.path.join(env_dir, 'alembic.ini'), '-x', 'url=' + url] + list(command)


def offline_url(db):
    return 'sqlite:///offline.db' if db.pg is None else db.url('offline')


def offline_script(work, db, env):
    """`retort upgrade head --sql` for the database: the statements every contender runs."""
    argv = retort_argv(os.path.join(work, env), offline_url(db), 'upgrade', 'head', '--sql', quiet=False)
    return run(argv, work, 'offline script')[2].stdout.decode()


def prepare_scripts(work, db):
    """Writes the raw script and checks that every form of the revisions gives the same statements."""
    java = offline_script(work, db, 'java')
    same = {'SQL revisions': offline_script(work, db, 'sql-' + db.name) == java,
            'javac revisions': offline_script(work, db, 'javac') == java,
            'mixed revisions': offline_script(work, db, 'mixed') == java}
    _, _, proc = run(alembic_argv(os.path.join(work, 'alembic'), offline_url(db), 'upgrade', 'head', '--sql'),
                  os.path.join(work, 'alembic'), 'Alembic offline script')
    alembic = proc.stdout.decode().replace('alembic_version', 'retort_version')
    alembic = re.sub(r' RETURNING retort_version\.version_num;', ';', alembic)
    same['Alembic revisions'] = alembic == java
    script = os.path.join(work, 'raw-%s.sql' % db.name)
    with open(script, 'w') as f:
        f.write(java if db.pg else 'BEGIN;\n' + java + 'COMMIT;\n')
    return script, same


def argv_for(kind, work, db, handle, script):
    url = db.url(handle)
    if kind.startswith('alembic'):
        return alembic_argv(os.path.join(work, 'alembic'), url, 'upgrade', 'head'), 'alembic_version'
    if kind == 'raw':
        return db.raw_argv(handle, script), 'retort_version'
    env = {'retort-sql': 'sql-' + db.name, 'retort-javac': 'javac', 'retort-javac-first': 'javac',
           'retort-mixed-first': 'mixed'}.get(kind, 'java')
    return retort_argv(os.path.join(work, env), url, 'upgrade', 'head'), 'retort_version'


def forget(kind, work):
    """Makes a first run of the kind: no compiled Python or Java left from earlier runs."""
    if kind == 'alembic-first':
        shutil.rmtree(os.path.join(work, 'alembic', 'alembic', 'versions', '__pycache__'), ignore_errors=True)
    elif kind in ('retort-java-first', 'retort-javac-first', 'retort-mixed-first'):
        env = {'retort-javac-first': 'javac', 'retort-mixed-first': 'mixed'}.get(kind, 'java')
        shutil.rmtree(os.path.join(work, env, 'migrations', CACHE), ignore_errors=True)


def timed_upgrade(kind, work, db, script, head):
    forget(kind, work)
    handle = db.new()
    try:
        argv, table = argv_for(kind, work, db, handle, script)
        elapsed, cpu, _ = run(argv, work, '%s on %s' % (kind, db.name))
        rows = db.query(handle, 'SELECT version_num FROM %s' % table)
        if rows != [head]:
            raise SystemExit('upgrade: %s on %s left %s in %s, expected %s' % (kind, db.name, rows, table, head))
    finally:
        db.drop(handle)
    return elapsed, cpu


def measure_from_empty(args, db, work, head):
    script, same = prepare_scripts(work, db)
    log('== %s: %d revisions from an empty database; same statements: %s' % (db.name, args.count, same))
    for kind, _ in FROM_EMPTY:                      # untimed warm-up (writes __pycache__ and .retort-cache)
        timed_upgrade(kind, work, db, script, head)
    times = {kind: [] for kind, _ in FROM_EMPTY}
    cpus = {kind: [] for kind, _ in FROM_EMPTY}
    for i in range(args.runs):
        for kind, _ in FROM_EMPTY:
            elapsed, cpu = timed_upgrade(kind, work, db, script, head)
            times[kind].append(elapsed)
            cpus[kind].append(cpu)
        log('   %s round %d/%d: %s' % (db.name, i + 1, args.runs,
                                      '  '.join('%s %.2f' % (k, t[-1]) for k, t in times.items())))
    return {'database': db.name, 'same_statements': same,
            'tools': {k: graph_commands.stats(t) for k, t in times.items()},
            'cpu': {k: graph_commands.stats(t) for k, t in cpus.items()}}


def measure_noop(args, db, work, head):
    script, _ = prepare_scripts(work, db)
    handle = db.new()
    try:
        log('== %s: applying %d revisions with the raw script (untimed)' % (db.name, args.noop_count))
        run(db.raw_argv(handle, script), work, 'raw script')
        alembic_table = ('CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, '
                         'CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)); '
                         "INSERT INTO alembic_version VALUES ('%s');" % head)
        if db.pg is None:
            subprocess.run(['sqlite3', handle, alembic_table], check=True)
        else:
            db.psql(handle, ['-c', alembic_table])
        shutil.rmtree(os.path.join(work, 'javac', 'migrations', CACHE), ignore_errors=True)
        kinds = (('alembic', alembic_argv(os.path.join(work, 'alembic'), db.url(handle), 'upgrade', 'head')),
                 ('retort', retort_argv(os.path.join(work, 'javac'), db.url(handle), 'upgrade', 'head')))
        for kind, argv in kinds:                    # untimed warm-up
            run(argv, work, 'no-op upgrade')
        times = {kind: [] for kind, _ in kinds}
        cpus = {kind: [] for kind, _ in kinds}
        for i in range(args.noop_runs):
            for kind, argv in kinds:
                elapsed, cpu, _ = run(argv, work, 'no-op upgrade')
                times[kind].append(elapsed)
                cpus[kind].append(cpu)
            log('   %s no-op round %d/%d: %s' % (db.name, i + 1, args.noop_runs,
                                                 '  '.join('%s %.3f' % (k, t[-1]) for k, t in times.items())))
        for table in ('alembic_version', 'retort_version'):
            rows = db.query(handle, 'SELECT version_num FROM %s' % table)
            if rows != [head]:
                raise SystemExit('upgrade: no-op run changed %s to %s' % (table, rows))
        cache = os.path.join(work, 'javac', 'migrations', CACHE)
        compiled = [n for n in os.listdir(cache) if not n.startswith('.')] if os.path.isdir(cache) else []
        if compiled:
            raise SystemExit('upgrade: a no-op run compiled %d revisions into %s' % (len(compiled), cache))
    finally:
        db.drop(handle)
    return {'database': db.name, 'tools': {k: graph_commands.stats(t) for k, t in times.items()},
            'cpu': {k: graph_commands.stats(t) for k, t in cpus.items()}}


def fmt(s):
    return '%.2f' % s


def cells(s):
    return [fmt(s['median']), '%s-%s' % (fmt(s['q1']), fmt(s['q3'])), '%s-%s' % (fmt(s['min']), fmt(s['max']))]


def render(args, info, empty, noop, elapsed):
    out = [BEGIN, '## `upgrade head`: %s revisions from an empty database, and nothing to do on %s' % (
        '{:,}'.format(args.count), '{:,}'.format(args.noop_count)), '']
    out += ['Wall-clock time of one whole process (start-up included), in seconds, on a **2-core machine** (the '
            'load average before and after is given below; other work on the machine widens the spread): compare '
            'medians within one table. The CPU column is the user + system time of the measured process and its children, '
            'which contention inflates less than wall time (the database server\'s own time is not in it). `retort` is the '
            '`./retort` launcher (start-up flags and class-data archive); Alembic is '
            '`/usr/bin/python3 -m alembic -c alembic.ini -x url=... upgrade head` with an `env.py` that runs '
            'all revisions in one transaction, as retort does by default. Revision *n* creates a table '
            '(integer primary key and a `VARCHAR(50)`), adds a nullable integer column to it, or indexes it, '
            'in turn (`bench/upgradegen.py`); the Java and Alembic revisions are the same operation calls, the '
            'SQL revisions hold the statements those calls compile to.', '']
    out += ['| Database | Run | Median | IQR | Min-max | / raw (medians) | Alembic / this (medians) '
            '| CPU median (client) |', '|---|---|---:|---:|---:|---:|---:|---:|']
    labels = dict(FROM_EMPTY)
    for r in empty:
        t = r['tools']
        for kind, label in FROM_EMPTY:
            s = t[kind]
            alembic = t['alembic-first' if kind.endswith('first') else 'alembic']['median']
            ratio = '-' if kind.startswith('alembic') or kind == 'raw' else '**%.2fx**' % (alembic / s['median'])
            out.append('| %s | %s | %s | %s | %s |' % (r['database'], labels[kind], ' | '.join(cells(s)),
                                                        '%.1fx | %s' % (s['median'] / t['raw']['median'], ratio),
                                                        fmt(r['cpu'][kind]['median'])))
    out += ['', 'Alembic / this above 1 means retort is faster. / raw is how many times the raw script\'s time '
            'a run takes. Java revisions that are nothing but operation calls with literal arguments (as here) run '
            'without javac: their calls are resolved when the file is read and made through reflection. The '
            '"need javac" revisions make the same calls in a counting loop, which sends them '
            'through the compiler: one in-process javac batch into `.retort-cache`, then loaded from there. The '
            'first-run rows are the first `upgrade` after a checkout (Alembic compiles %s modules to bytecode); '
            'retort\'s first and cached "need javac" rows differ by the compile. The "one in %d" row is the '
            'operation-call revisions with every %dth one written as a "need javac" revision, as a project whose '
            'occasional data migration javac must compile: its first run compiles those %s in one batch.'
            % ('{:,}'.format(args.count), upgradegen.MIXED_EVERY, upgradegen.MIXED_EVERY,
               '{:,}'.format(args.count // upgradegen.MIXED_EVERY)), '',
            'Alembic\'s `env.py` passes `transactional_ddl=True`, so on SQLite too it runs the whole upgrade in '
            'one transaction, as retort and the raw script do (Alembic\'s own SQLite default is a transaction '
            'per revision, which commits %s times).' % '{:,}'.format(args.count), '']
    same = {r['database']: r['same_statements'] for r in empty}
    out += ['Same statements (checked before timing, from each form\'s `upgrade head --sql`): %s.' % '; '.join(
        '%s: %s' % (db, ', '.join('%s %s' % (k, 'yes' if v else '**no**') for k, v in s.items()))
        for db, s in same.items()), '']
    out += ['**Nothing to do:** `upgrade head` on a database already at the head of %s revisions (for retort the '
            '"need javac" Java revisions, with no `.retort-cache`: the run must not compile anything, and the '
            'script checks that it did not).' % '{:,}'.format(args.noop_count), '',
            '| Database | Alembic median | Alembic IQR | Alembic min-max | retort median | retort IQR '
            '| retort min-max | Alembic / retort (medians) | CPU median Alembic / retort |',
            '|---|---:|---:|---:|---:|---:|---:|---:|---:|']
    for r in noop:
        a, t = r['tools']['alembic'], r['tools']['retort']
        out.append('| %s | %s | %s | **%.1fx** | %s / %s |' % (
            r['database'], ' | '.join(cells(a)), ' | '.join(cells(t)), a['median'] / t['median'],
            fmt(r['cpu']['alembic']['median']), fmt(r['cpu']['retort']['median'])))
    out += ['', '**Method.** One untimed warm-up run of every contender, then %d rounds from an empty database '
            '(each round runs every contender once, in the order of the table) and %d no-op rounds (Alembic, '
            'retort, alternating). Every run gets a new SQLite file or a new PostgreSQL database (created and '
            'dropped outside the timing); after each run the version table must hold the head. The jar and its '
            'class-data archive are built before timing. The whole run took %.0f s; the load average (1 min) '
            'was %.2f before and %.2f after.%s' % (args.runs, args.noop_runs, elapsed, info['load_before'],
                                                     info['load_after'],
                                                     graph_commands.QUICK_NOTE if args.quick else ''), '']
    out += ['**Machine.** %s CPUs (`nproc`), %s memory, %s; %s.' % (info['nproc'], info['memory'], info['cpu'],
                                                                     info['os']),
            '%s. Python %s, Alembic %s, SQLAlchemy %s, psycopg2 %s (Debian packages); %s; %s. retort at commit '
            '%s. Measured %s.' % (info['java'], info['python'], info['alembic'], info['sqlalchemy'],
                                  info['psycopg2'], info['sqlite3'], info['postgresql'], info['commit'],
                                  datetime.date.today().isoformat()), '']
    out += ['**Reproduce** (from the repository root, with a PostgreSQL server that lets `postgres` create '
            'databases; installs Alembic, psycopg2, sqlite3 and psql from Debian\'s packages if they are missing, '
            'writes the revisions and databases to `bench/work/upgrade*/` and the raw timings to '
            '`bench/work/upgrade.json`):', '', '```sh', args.invocation, '```', '', END]
    return '\n'.join(out) + '\n'


def build():
    log('== building retort if needed (untimed): ./retort --version')
    proc = subprocess.run([LAUNCHER, '--version'], cwd=ROOT, env=graph_commands.clean_env(), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        raise SystemExit('upgrade: `./retort --version` failed:\n' + proc.stderr.decode(errors='replace')[-4000:])


def main():
    p = argparse.ArgumentParser(prog='bench/upgrade.sh', description=__doc__.split('\n\n')[0])
    p.add_argument('--runs', type=int, default=5, help='rounds from an empty database (default 5)')
    p.add_argument('--noop-runs', type=int, default=7, help='rounds with nothing to do (default 7)')
    p.add_argument('--count', type=int, default=1000, help='revisions applied from an empty database (default 1000)')
    p.add_argument('--noop-count', type=int, default=5000, help='revisions already applied (default 5000)')
    p.add_argument('--databases', default='sqlite,postgresql', help='default sqlite,postgresql')
    p.add_argument('--pg-url', default='postgresql://postgres@127.0.0.1:5432',
                   help='PostgreSQL server whose user may create databases (default postgresql://postgres@127.0.0.1:5432)')
    p.add_argument('--seed', type=int, default=1, help='revision id seed (default 1)')
    p.add_argument('--quick', action='store_true', help='marks the doc section as a quick run')
    p.add_argument('--invocation', default=None, help='the command line to print under "Reproduce"')
    p.add_argument('--no-doc', action='store_true', help='do not update docs/benchmarks.md')
    args = p.parse_args()
    args.databases = [d for d in args.databases.split(',') if d]
    if args.runs < 1 or args.noop_runs < 1 or any(d not in upgradegen.DATABASES for d in args.databases):
        p.error('--runs and --noop-runs must be at least 1 and --databases a list of: %s'
                % ', '.join(upgradegen.DATABASES))
    if not args.databases:                          # nothing to measure: no section of empty tables
        p.error('--databases names no database (of: %s)' % ', '.join(upgradegen.DATABASES))
    args.invocation = args.invocation or ' '.join(['bench/upgrade.sh'] + [shlex.quote(a) for a in sys.argv[1:]])
    work = os.path.join(HERE, 'work')
    started = time.perf_counter()
    build()
    info = graph_commands.machine()
    info['psycopg2'] = graph_commands.capture([PYTHON, '-c', 'import psycopg2; print(psycopg2.__version__.split()[0])'],
                                              env=graph_commands.clean_env())
    info['sqlite3'] = 'sqlite3 ' + (graph_commands.capture(['sqlite3', '--version']) or '?').split()[0]
    info['postgresql'] = (graph_commands.capture(['psql', '-X', '-A', '-t', '-d', args.pg_url + '/postgres', '-c',
                                                  'SHOW server_version']) or '?').split(' ')[0]
    info['postgresql'] = 'PostgreSQL ' + info['postgresql']
    info['load_before'] = os.getloadavg()[0]
    empty_work, noop_work = os.path.join(work, 'upgrade'), os.path.join(work, 'upgrade-noop')
    log('== generating %d and %d revisions' % (args.count, args.noop_count))
    empty_head = upgradegen.write(args.count, args.seed, empty_work)
    noop_head = upgradegen.write(args.noop_count, args.seed, noop_work)
    empty, noop = [], []
    for name in args.databases:
        empty.append(measure_from_empty(args, Database(name, empty_work, args.pg_url), empty_work, empty_head))
    for name in args.databases:
        noop.append(measure_noop(args, Database(name, noop_work, args.pg_url), noop_work, noop_head))
    info['load_after'] = os.getloadavg()[0]
    elapsed = time.perf_counter() - started
    with open(os.path.join(work, 'upgrade.json'), 'w') as f:
        json.dump({'machine': info, 'args': vars(args), 'from_empty': empty, 'noop': noop}, f, indent=1)
    section = render(args, info, empty, noop, elapsed)
    print(section)
    if not args.no_doc:
        graph_commands.write_doc(section, SECTION)
        log('== wrote the %s section of %s' % (SECTION, os.path.relpath(graph_commands.DOC, ROOT)))
    log('== done in %.0f s' % elapsed)


if __name__ == '__main__':
    main()
