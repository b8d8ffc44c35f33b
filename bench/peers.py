#!/usr/bin/python3
"""Time retort against Alembic, Flyway and Liquibase where they do the same thing, on SQLite, PostgreSQL and MariaDB.

Run it through bench/run.sh, which installs what is missing and builds the Flyway and Liquibase harness
(bench/peers/, one whole `java -jar` process per run, as the libraries' own command lines are). One
generator, bench/upgradegen.py, writes one chain of small revisions as retort SQL and Java revisions,
Alembic revisions, Flyway `V<n>__*.sql` files and a Liquibase formatted-SQL changelog, all with the same
statements. Figures (each writes its own section of docs/benchmarks.md):

- apply:     `upgrade head` / `migrate` / `update` of COUNT revisions from an empty database, and the raw
             script run by sqlite3, psql or mariadb, on each database;
- status:    on COUNT applied revisions: `retort current`, `alembic current`, `flyway info`, `liquibase
             status`; the same tools' migrate with nothing to do; `flyway validate` and `liquibase validate`
             (retort has no command that checks applied revisions against the files);
- downgrade: `downgrade base` of retort and Alembic and Liquibase's `rollback-count COUNT` after COUNT
             revisions (Flyway Community has no undo);
- sql:       the offline script of COUNT revisions: `upgrade head --sql` of retort and Alembic, Liquibase's
             `update-sql` against an `offline:` URL (Flyway's dry run is a paid feature).

Every contender of a figure runs once per round, in a fixed order (A, B, C, A, B, C, ...), after one untimed
warm-up each; each run is checked (exit status, then the version table or the script's content).
"""
import argparse
import datetime
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import graph_commands  # noqa: E402  (shared helpers: environment, machine, statistics, doc writing)
import upgrade  # noqa: E402  (databases, timed runs, tools' command lines)
import upgradegen  # noqa: E402

HARNESS = os.path.join(HERE, 'peers', 'target', 'peers.jar')
DATABASES = upgradegen.SQL_DATABASES
FIGURES = ('apply', 'status', 'downgrade', 'sql')
SECTIONS = {'apply': 'peers-apply', 'status': 'peers-status', 'downgrade': 'downgrade', 'sql': 'offline-sql'}
log = graph_commands.log
stats = graph_commands.stats


def peers_env():
    env = graph_commands.clean_env()
    env['REDGATE_DISABLE_TELEMETRY'] = 'true'    # Flyway's; the harness turns Liquibase's analytics off
    return env


def peers_argv(tool, command, url, folder, *extra):
    return ['java', '-jar', HARNESS, tool, command] + list(extra) + [url, folder]


class Database(upgrade.Database):
    """upgrade.Database with MariaDB beside SQLite and PostgreSQL, and each tool's form of a database's URL."""

    def __init__(self, name, work, pg_url, mariadb_url):
        super().__init__(name, work, pg_url)
        self.my = urllib.parse.urlparse(mariadb_url) if name == 'mariadb' else None

    def mariadb_argv(self, database):
        argv = ['mariadb', '--batch', '--skip-column-names', '-h', self.my.hostname or '127.0.0.1',
                '-P', str(self.my.port or 3306), '-u', self.my.username or 'root']
        return argv + ([database] if database else [])

    def mariadb(self, database, sql):
        p = subprocess.run(self.mariadb_argv(database) + ['-e', sql], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=graph_commands.clean_env())
        if p.returncode != 0:
            raise SystemExit('peers: mariadb -e %r failed: %s' % (sql, p.stderr.decode(errors='replace')))
        return p.stdout.decode()

    def new(self):
        if self.my is None:
            return super().new()
        self.counter += 1
        name = 'retort_bench_%d_%d' % (os.getpid(), self.counter)
        self.mariadb(None, 'DROP DATABASE IF EXISTS %s; CREATE DATABASE %s' % (name, name))
        return name

    def drop(self, handle):
        if self.my is None:
            return super().drop(handle)
        self.mariadb(None, 'DROP DATABASE IF EXISTS %s' % handle)

    def url(self, handle):
        if self.my is None:
            return super().url(handle)
        return 'mariadb://%s/%s' % (self.my.netloc, handle)

    def alembic_url(self, handle):
        if self.my is None:
            return self.url(handle)
        return 'mysql+pymysql://%s/%s' % (self.my.netloc, handle)

    def jdbc_url(self, handle):
        if self.pg is not None:
            return 'jdbc:postgresql://%s:%s/%s?user=%s' % (self.pg.hostname, self.pg.port or 5432, handle,
                                                          self.pg.username or 'postgres')
        if self.my is not None:
            return 'jdbc:mariadb://%s:%s/%s?user=%s' % (self.my.hostname, self.my.port or 3306, handle,
                                                       self.my.username or 'root')
        return 'jdbc:sqlite:' + handle

    def raw_argv(self, handle, script):
        if self.my is None:
            return super().raw_argv(handle, script)
        return self.mariadb_argv(handle) + ['-e', 'source ' + script]

    def query(self, handle, sql):
        if self.my is None:
            return super().query(handle, sql)
        return self.mariadb(handle, sql).split()

    def changelog_table(self):
        return 'DATABASECHANGELOG' if self.my is not None else 'databasechangelog'


def raw_script(work, db):
    """`retort upgrade head --sql` of the SQL revisions, in one transaction where the database has one."""
    url = 'sqlite:///offline.db' if db.pg is None and db.my is None else db.url('offline')
    argv = upgrade.retort_argv(os.path.join(work, 'sql-' + db.name), url, 'upgrade', 'head', '--sql', quiet=False)
    text = upgrade.run(argv, work, 'offline script')[2].stdout.decode()
    script = os.path.join(work, 'raw-%s.sql' % db.name)
    with open(script, 'w') as f:
        f.write('BEGIN;\n' + text + 'COMMIT;\n' if db.name == 'sqlite' else text)
    return script


class Contender:
    """One tool doing one thing: its command line for a database, and how to check the database after it."""

    def __init__(self, key, label, argv, check):
        self.key, self.label, self.argv, self.check = key, label, argv, check


def version_is(table, head):
    def check(db, handle):
        rows = db.query(handle, 'SELECT version_num FROM %s' % table)
        return rows == [head], rows
    return check


def rows_in(table, count):
    def check(db, handle):
        rows = db.query(handle, 'SELECT count(*) FROM %s' % table)
        return rows == [str(count)], rows
    return check


def flyway_count(count):
    def check(db, handle):
        rows = db.query(handle, 'SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL')
        return rows == [str(count)], rows
    return check


def changelog_count(count):
    return lambda db, handle: rows_in(db.changelog_table(), count)(db, handle)


def timed(contender, work, db, handle, cwd=None):
    """One timed run of a contender on a database, checked; returns (wall seconds, CPU seconds)."""
    argv = contender.argv(db, handle)
    env = peers_env() if argv[0] == 'java' else graph_commands.clean_env()
    cpu = upgrade.children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd or work, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    cpu = upgrade.children_cpu() - cpu
    where = db.name if db else 'no database'
    if proc.returncode != 0:
        raise SystemExit('peers: %s on %s: `%s` failed with exit code %d\n--- stdout (head)\n%s\n--- stderr (tail)\n%s' % (
            contender.key, where, ' '.join(shlex.quote(a) for a in argv), proc.returncode,
            proc.stdout.decode(errors='replace')[:2000], proc.stderr.decode(errors='replace')[-4000:]))
    ok, found = contender.check(db, handle) if handle is not None else contender.check(proc.stdout.decode())
    if not ok:
        raise SystemExit('peers: %s on %s: the check after the run failed: found %s' % (contender.key, where, found))
    return elapsed, cpu


# (figure, contender, revision files) already warmed up: a contender is warmed once per figure, and Alembic once
# per set of revision files (its first run writes their __pycache__).
WARMED = set()


def rounds(what, contenders, runs, once, figure, count):
    """An untimed warm-up of each contender not yet warmed, then RUNS rounds of all of them in order; once(c)
    times one run."""
    for c in contenders:
        tag = (figure, c.key, count if c.key == 'alembic' else None)
        if tag not in WARMED:
            once(c)
            WARMED.add(tag)
    times = {c.key: [] for c in contenders}
    cpus = {c.key: [] for c in contenders}
    for i in range(runs):
        for c in contenders:
            elapsed, cpu = once(c)
            times[c.key].append(elapsed)
            cpus[c.key].append(cpu)
        log('   %s round %d/%d: %s' % (what, i + 1, runs, '  '.join('%s %.2f' % (k, t[-1]) for k, t in times.items())))
    return {'tools': {k: stats(t) for k, t in times.items()}, 'cpu': {k: stats(t) for k, t in cpus.items()},
            'labels': {c.key: c.label for c in contenders}}


# -- apply: COUNT revisions from an empty database

def apply_contenders(work, db, count, head, script):
    return [
        Contender('retort', 'retort, SQL revisions', lambda d, h: upgrade.retort_argv(
            os.path.join(work, 'sql-' + d.name), d.url(h), 'upgrade', 'head'), version_is('retort_version', head)),
        Contender('alembic', 'Alembic', lambda d, h: upgrade.alembic_argv(
            os.path.join(work, 'alembic'), d.alembic_url(h), 'upgrade', 'head'), version_is('alembic_version', head)),
        Contender('flyway', 'Flyway `migrate`', lambda d, h: peers_argv(
            'flyway', 'migrate', d.jdbc_url(h), os.path.join(work, 'flyway-' + d.name)), flyway_count(count)),
        Contender('liquibase', 'Liquibase `update`', lambda d, h: peers_argv(
            'liquibase', 'update', d.jdbc_url(h), os.path.join(work, 'liquibase-' + d.name)), changelog_count(count)),
        Contender('raw', 'raw script (`sqlite3` / `psql` / `mariadb`)', lambda d, h: d.raw_argv(h, script),
                  version_is('retort_version', head)),
    ]


def measure_apply(args, db, work, count, head):
    script = raw_script(work, db)
    contenders = apply_contenders(work, db, count, head, script)

    def once(c):
        handle = db.new()
        try:
            return timed(c, work, db, handle)
        finally:
            db.drop(handle)
    log('== apply: %s, %d revisions from an empty database' % (db.name, count))
    return dict(rounds('%s %d' % (db.name, count), contenders, args.runs, once, 'apply', count), database=db.name,
                count=count)


# -- status, no-op migrate and validate on COUNT applied revisions

def prepare_applied(work, db, count, head, handles):
    """One database per tool family at the head, each added to handles as soon as it exists (the caller drops
    them, however the figure ends): retort's and Alembic's from the raw script, Flyway's and Liquibase's from
    their own untimed migrate."""
    script = raw_script(work, db)
    for k in ('retort', 'alembic', 'flyway', 'liquibase'):
        handles[k] = db.new()
    for k in ('retort', 'alembic'):
        upgrade.run(db.raw_argv(handles[k], script), work, 'raw script')
    db.query(handles['alembic'], 'CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, '
                                 'CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)); '
                                 "INSERT INTO alembic_version VALUES ('%s')" % head)
    for c in apply_contenders(work, db, count, head, script):
        if c.key in ('flyway', 'liquibase'):
            log('   %s: applying %d migrations with %s (untimed)' % (db.name, count, c.key))
            timed(c, work, db, handles[c.key])


def output_has(*needles):
    def check(text):
        return all(n in text for n in needles), text[:300]
    return check


def measure_status(args, db, work, count, head):
    log('== status: %s, %d revisions applied' % (db.name, count))
    # Dropped in the finally, like the databases of the other figures: an interrupt or a failed check
    # must not leave them behind.
    handles = {}
    try:
        prepare_applied(work, db, count, head, handles)
        sql_env, flyway, liquibase = (os.path.join(work, d + db.name) for d in ('sql-', 'flyway-', 'liquibase-'))
        alembic = os.path.join(work, 'alembic')
        at_head = {'retort': version_is('retort_version', head), 'alembic': version_is('alembic_version', head),
                   'flyway': flyway_count(count), 'liquibase': changelog_count(count)}
        figures = {}
        status = [
            Contender('retort', '`retort current`', lambda d, h: upgrade.retort_argv(
                sql_env, d.url(handles['retort']), 'current', quiet=False), output_has(head)),
            Contender('alembic', '`alembic current`', lambda d, h: upgrade.alembic_argv(
                alembic, d.alembic_url(handles['alembic']), 'current'), output_has(head)),
            Contender('flyway', '`flyway info`', lambda d, h: peers_argv(
                'flyway', 'info', d.jdbc_url(handles['flyway']), flyway), output_has('Schema version: %d' % count)),
            Contender('liquibase', '`liquibase status --verbose`', lambda d, h: peers_argv(
                'liquibase', 'status', d.jdbc_url(handles['liquibase']), liquibase), output_has('is up to date')),
        ]
        figures['status'] = rounds('%s %d status' % (db.name, count), status, args.runs,
                                   lambda c: timed(c, work, db, None), 'status', count)
        noop = [
            Contender('retort', '`retort upgrade head`', lambda d, h: upgrade.retort_argv(
                sql_env, d.url(h), 'upgrade', 'head'), at_head['retort']),
            Contender('alembic', '`alembic upgrade head`', lambda d, h: upgrade.alembic_argv(
                alembic, d.alembic_url(h), 'upgrade', 'head'), at_head['alembic']),
            Contender('flyway', '`flyway migrate`', lambda d, h: peers_argv(
                'flyway', 'migrate', d.jdbc_url(h), flyway), at_head['flyway']),
            Contender('liquibase', '`liquibase update`', lambda d, h: peers_argv(
                'liquibase', 'update', d.jdbc_url(h), liquibase), at_head['liquibase']),
        ]
        figures['noop'] = rounds('%s %d no-op' % (db.name, count), noop, args.runs,
                                 lambda c: timed(c, work, db, handles[c.key]), 'noop', count)
        validate = [
            Contender('flyway', '`flyway validate`', lambda d, h: peers_argv(
                'flyway', 'validate', d.jdbc_url(h), flyway), at_head['flyway']),
            Contender('liquibase', '`liquibase validate`', lambda d, h: peers_argv(
                'liquibase', 'validate', d.jdbc_url(h), liquibase), at_head['liquibase']),
        ]
        figures['validate'] = rounds('%s %d validate' % (db.name, count), validate, args.runs,
                                     lambda c: timed(c, work, db, handles[c.key]), 'validate', count)
    finally:
        for h in handles.values():
            db.drop(h)
    return {'database': db.name, 'count': count, 'figures': figures}


# -- downgrade base after COUNT revisions

def measure_downgrade(args, db, work, count, head):
    log('== downgrade: %s, base after %d revisions' % (db.name, count))
    script = raw_script(work, db)
    apply = {c.key: c for c in apply_contenders(work, db, count, head, script)}
    contenders = [
        Contender('retort', '`retort downgrade base`', lambda d, h: upgrade.retort_argv(
            os.path.join(work, 'sql-' + d.name), d.url(h), 'downgrade', 'base'), rows_in('retort_version', 0)),
        Contender('alembic', '`alembic downgrade base`', lambda d, h: upgrade.alembic_argv(
            os.path.join(work, 'alembic'), d.alembic_url(h), 'downgrade', 'base'), rows_in('alembic_version', 0)),
        Contender('liquibase', '`liquibase rollback-count %d`' % count, lambda d, h: peers_argv(
            'liquibase', 'rollback-count', d.jdbc_url(h), os.path.join(work, 'liquibase-' + d.name), str(count)),
            lambda d, h: rows_in(d.changelog_table(), 0)(d, h)),
    ]

    def once(c):
        handle = db.new()
        try:
            if c.key == 'liquibase':
                timed(apply['liquibase'], work, db, handle)
            else:
                upgrade.run(db.raw_argv(handle, script), work, 'raw script')
                if c.key == 'alembic':
                    db.query(handle, 'ALTER TABLE retort_version RENAME TO alembic_version')
            return timed(c, work, db, handle)
        finally:
            db.drop(handle)
    return dict(rounds('%s %d downgrade' % (db.name, count), contenders, args.runs, once, 'downgrade', count),
                database=db.name, count=count)


# -- the offline script of COUNT revisions

def measure_sql(args, work, count, head):
    log('== sql: offline script of %d revisions (PostgreSQL)' % count)
    creates = 'CREATE TABLE t_%d ' % ((count + 2) // 3)
    offline = os.path.join(work, 'offline')
    contenders = [
        Contender('retort', '`retort upgrade head --sql`', lambda d, h: upgrade.retort_argv(
            os.path.join(work, 'sql-postgresql'), 'postgresql://localhost/offline', 'upgrade', 'head', '--sql',
            quiet=False), output_has(creates, head)),
        Contender('alembic', '`alembic upgrade head --sql`', lambda d, h: upgrade.alembic_argv(
            os.path.join(work, 'alembic'), 'postgresql://localhost/offline', 'upgrade', 'head', '--sql'),
            output_has(creates, head)),
        Contender('liquibase', 'Liquibase `update-sql` (`offline:postgresql` URL)', lambda d, h: peers_argv(
            'liquibase', 'update-sql', 'offline:postgresql', os.path.join(work, 'liquibase-postgresql')),
            output_has(creates, head)),
    ]

    def once(c):
        # An offline Liquibase keeps its history in databasechangelog.csv in the working directory: start empty.
        shutil.rmtree(offline, ignore_errors=True)
        os.makedirs(offline)
        return timed(c, work, None, None, cwd=offline)
    return dict(rounds('sql %d' % count, contenders, args.runs, once, 'sql', count), database='postgresql (offline)',
                count=count)


# -- the doc

def fmt(s):
    return '%.2f' % s


def table(results, first_columns, baseline='retort', note_key=None):
    """Rows of one Markdown table: per result and contender the median, spread and ratio to the baseline."""
    out = ['| %s | Run | Median | IQR | Min-max | this / %s (medians) | CPU median (client) |' % (
        ' | '.join(first_columns), baseline), '|' + '---|' * (len(first_columns) + 1) + '---:|' * 5]
    for r in results:
        t = r['tools']
        base = t.get(baseline)
        for key, s in t.items():
            ratio = '-' if key == baseline or base is None else '**%.2fx**' % (s['median'] / base['median'])
            out.append('| %s | %s | %s | %s-%s | %s-%s | %s | %s |' % (
                ' | '.join(r['_first']), r['labels'][key], fmt(s['median']), fmt(s['q1']), fmt(s['q3']),
                fmt(s['min']), fmt(s['max']), ratio, fmt(r['cpu'][key]['median'])))
    return out


PREAMBLE = ('Wall-clock time of one whole process (start-up included, as a command-line user waits), in seconds, on '
            'a **2-core machine** (the load average before and after is given below): compare medians within '
            'one table. The CPU column is the user + system time of the measured process and its children (not the '
            'database server\'s). `retort` is the `./retort` launcher (start-up flags and class-data archive); '
            'Alembic is `/usr/bin/python3 -m alembic`; Flyway %s and Liquibase %s are run as libraries by '
            '`bench/peers/` (`java -jar peers.jar <tool> <command> <JDBC URL> <folder>`, plain `java` as their own '
            'command lines start it, telemetry and analytics off). One generator (`bench/upgradegen.py`) writes the '
            'same chain for every tool: revision *n* creates a table (integer primary key and a `VARCHAR(50)`), adds '
            'a nullable integer column to it, or indexes it, in turn; retort\'s SQL revisions, the Flyway '
            '`V<n>__step_<n>.sql` files and the Liquibase formatted-SQL changesets hold the same statements '
            '(the ones retort and Alembic compile the operations to). `this / retort` above 1 means retort is faster.')


def footer(args, info, elapsed, what):
    return ['**Method.** %s One untimed warm-up run of every contender (once per figure; Alembic once per '
            'set of revision files, which writes their `__pycache__`), then %d rounds that run every contender '
            'once, in the order of the table (A, B, C, A, B, C, ...); each run is timed with `time.perf_counter()` '
            'around `subprocess.run()` and checked (exit status, then the version table or the output). IQR is '
            'the first to third quartile. The jar, its class-data archive and the harness are built before '
            'timing. The figure took %.0f s; the load average (1 min) was %.2f before and %.2f after.%s' % (
                what, args.runs, elapsed, info['load_before'], info['load_after'],
                graph_commands.QUICK_NOTE if args.quick else ''), '',
            '**Machine.** %s CPUs (`nproc`), %s memory, %s; %s.' % (info['nproc'], info['memory'], info['cpu'],
                                                                     info['os']),
            '%s. Python %s, Alembic %s, SQLAlchemy %s, psycopg2 %s, PyMySQL %s (Debian packages); %s; %s; %s; %s. '
            'retort at commit %s. Measured %s.' % (
                info['java'], info['python'], info['alembic'], info['sqlalchemy'], info['psycopg2'], info['pymysql'],
                info['peers'], info['sqlite3'], info['postgresql'], info['mariadb'], info['commit'],
                datetime.date.today().isoformat()), '',
            '**Reproduce** (from the repository root, with PostgreSQL and MariaDB servers whose `postgres` and '
            '`root` users may create databases; installs what is missing, writes the revisions and databases to '
            '`bench/work/peers/` and the raw timings to `bench/work/peers.json`):', '',
            '```sh', args.invocation, '```', '']


def section(name, title, body):
    return '\n'.join(['<!-- BEGIN %s: written by bench/run.sh; edits here are overwritten -->' % name, title, '']
                     + body + ['<!-- END %s -->' % name]) + '\n'


def render_apply(args, info, results, elapsed):
    for r in results:
        r['_first'] = [r['database'], '{:,}'.format(r['count'])]
    body = [PREAMBLE % (info['flyway'], info['liquibase']), '']
    body += table(results, ['Database', 'Revisions'])
    body += ['', 'Transactions: retort runs all pending revisions in one transaction by default, Alembic\'s '
             '`env.py` here passes `transactional_ddl=True` to do the same, Flyway is configured with `group` '
             '(all pending migrations in one transaction) and the raw script is one transaction; Liquibase has '
             'no such setting and commits each changeset with its `DATABASECHANGELOG` row. On MariaDB every DDL '
             'statement commits by itself whatever the tool asks. Flyway and Liquibase also create and lock their '
             'history tables (`flyway_schema_history`; `DATABASECHANGELOG` and `DATABASECHANGELOGLOCK`). The raw '
             'script is `retort upgrade head --sql` of the SQL revisions, run by `sqlite3`, `psql` or `mariadb`. '
             'Checks: the version table holds the head (retort, Alembic, raw), `flyway_schema_history` has one '
             'successful row per migration, `DATABASECHANGELOG` one row per changeset. retort runs its SQL '
             'revisions here, the same files the peers run; its Java revisions are in the `upgrade head` '
             'section above.', '']
    body += footer(args, info, elapsed, 'Every run gets a new SQLite file or a new PostgreSQL or MariaDB database '
                   '(created and dropped outside the timing).')
    return section('peers-apply', '## Apply N migrations from an empty database: retort, Alembic, Flyway, '
                   'Liquibase', body)


def render_status(args, info, results, elapsed):
    body = [PREAMBLE % (info['flyway'], info['liquibase']), '']
    for key, title, text in (
            ('status', '**Status**', 'What each tool reports about a database at the head: `retort current` and '
             '`alembic current` print the revision the database is at; `flyway info` prints the schema version '
             'and a table of every migration (the harness prints what the Flyway command line prints); '
             '`liquibase status --verbose` lists the changesets not yet applied (none).'),
            ('noop', '**Migrate with nothing to do**', 'Each tool\'s migrate on its own database, already at the '
             'head: retort `upgrade head` (SQL revisions), Alembic `upgrade head`, Flyway `migrate`, Liquibase '
             '`update`.'),
            ('validate', '**Validate** (Flyway and Liquibase only)', '`flyway validate` resolves every migration '
             'and compares names, types and checksums with `flyway_schema_history`; `liquibase validate` parses '
             'the changelog and checks it (and the stored checksums) for errors. **retort has no equivalent** '
             'command: `retort --help` lists none that checks applied revisions against the files (`check` '
             'compares models with the database, a different thing), so these are the peers\' figures alone.')):
        rows = []
        for r in results:
            f = dict(r['figures'][key])
            f['_first'] = [r['database'], '{:,}'.format(r['count'])]
            rows.append(f)
        body += ['%s. %s' % (title, text), '']
        body += table(rows, ['Database', 'Applied'], baseline='retort' if key != 'validate' else 'flyway')
        body += ['']
    body += ['Setup (untimed): retort\'s and Alembic\'s databases are brought to the head by the raw script (plus '
             'Alembic\'s version row); Flyway\'s and Liquibase\'s by one run of their own migrate. Each tool then '
             'runs on its own database; after every run the database must still be at the head.', '']
    body += footer(args, info, elapsed, 'One database per tool for the whole figure.')
    return section('peers-status', '## Status, migrate with nothing to do, and validate on N applied migrations',
                   body)


def render_downgrade(args, info, results, elapsed):
    for r in results:
        r['_first'] = [r['database'], '{:,}'.format(r['count'])]
    body = [PREAMBLE % (info['flyway'], info['liquibase']), '']
    body += table(results, ['Database', 'Revisions'])
    body += ['', 'Every revision is undone: retort and Alembic run each revision\'s downgrade (one transaction), '
             'Liquibase runs each changeset\'s `--rollback` statement and deletes its `DATABASECHANGELOG` row. '
             '**Flyway is not in this table:** its undo (`U<n>__` migrations, `flyway undo`) is a paid Teams '
             'feature, not in Flyway Community. After each run the version table or `DATABASECHANGELOG` must be '
             'empty. Setup (untimed, per run): a new database brought to the head by the raw script (retort, '
             'Alembic: the version table renamed) or by Liquibase `update`.', '']
    body += footer(args, info, elapsed, 'Every run gets a new database.')
    return section('downgrade', '## `downgrade base`: retort, Alembic, Liquibase rollback', body)


def render_sql(args, info, results, elapsed):
    for r in results:
        r['_first'] = ['{:,}'.format(r['count'])]
    body = [PREAMBLE % (info['flyway'], info['liquibase']), '']
    body += table(results, ['Revisions'])
    body += ['', 'The offline script for PostgreSQL, written without connecting to a database: retort and Alembic '
             '`upgrade head --sql` with a PostgreSQL URL, Liquibase `update-sql` with the URL `offline:postgresql` '
             '(which keeps its history in a `databasechangelog.csv` of the working directory: each run starts '
             'in an empty one). The output must hold the last table and the head revision. **Flyway is not in '
             'this table:** its dry run (`dryRunOutput`) is a paid Teams feature.', '']
    body += footer(args, info, elapsed, 'No database.')
    return section('offline-sql', '## Offline script (`upgrade head --sql`): retort, Alembic, Liquibase `update-sql`',
                   body)


# -- main

def build_harness():
    log('== building the Flyway and Liquibase harness if needed (untimed)')
    sources = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(HERE, 'peers', 'src')) for f in fs]
    sources.append(os.path.join(HERE, 'peers', 'pom.xml'))
    if os.path.exists(HARNESS) and all(os.path.getmtime(s) < os.path.getmtime(HARNESS) for s in sources):
        return
    p = subprocess.run(['mvn', '-q', '-B', '-f', os.path.join(HERE, 'peers', 'pom.xml'), 'package'],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        raise SystemExit('peers: building bench/peers failed:\n' + p.stdout.decode(errors='replace')[-4000:])


def machine(args):
    info = graph_commands.machine()
    env = graph_commands.clean_env()
    version = lambda module: graph_commands.capture(
        [upgrade.PYTHON, '-c', 'import %s as m; print(m.__version__.split()[0])' % module], env=env)
    info['psycopg2'], info['pymysql'] = version('psycopg2'), version('pymysql')
    peers = graph_commands.capture(['java', '-jar', HARNESS, '--version'], env=peers_env()) or '?, ?'
    info['peers'] = peers
    info['flyway'], info['liquibase'] = (v.split()[-1] for v in peers.split(', '))
    info['sqlite3'] = 'sqlite3 ' + (graph_commands.capture(['sqlite3', '--version']) or '?').split()[0]
    info['postgresql'] = 'PostgreSQL ' + (graph_commands.capture(
        ['psql', '-X', '-A', '-t', '-d', args.pg_url + '/postgres', '-c', 'SHOW server_version']) or '?').split(' ')[0]
    my = urllib.parse.urlparse(args.mariadb_url)
    info['mariadb'] = 'MariaDB ' + (graph_commands.capture(
        ['mariadb', '-N', '-B', '-h', my.hostname or '127.0.0.1', '-P', str(my.port or 3306), '-u',
         my.username or 'root', '-e', 'SELECT VERSION()']) or '?').split('-')[0]
    return info


def counts(text):
    return [int(c) for c in text.split(',') if c]


def main():
    p = argparse.ArgumentParser(prog='bench/run.sh --figures apply,status,downgrade,sql',
                                description=__doc__.split('\n\n')[0])
    p.add_argument('--figures', default=','.join(FIGURES), help='default %s' % ','.join(FIGURES))
    p.add_argument('--runs', type=int, default=5, help='timed rounds per figure (default 5)')
    p.add_argument('--apply-counts', default='100,1000', help='default 100,1000')
    p.add_argument('--status-counts', default='5000', help='default 5000')
    p.add_argument('--downgrade-counts', default='100,1000', help='default 100,1000')
    p.add_argument('--sql-counts', default='1000,5000', help='default 1000,5000')
    p.add_argument('--databases', default=','.join(DATABASES), help='default %s' % ','.join(DATABASES))
    p.add_argument('--status-databases', default='postgresql', help='default postgresql')
    p.add_argument('--downgrade-databases', default='sqlite,postgresql', help='default sqlite,postgresql')
    p.add_argument('--pg-url', default='postgresql://postgres@127.0.0.1:5432')
    p.add_argument('--mariadb-url', default='mariadb://root@127.0.0.1:3306')
    p.add_argument('--seed', type=int, default=1, help='revision id seed (default 1)')
    p.add_argument('--quick', action='store_true', help='marks the doc sections as a quick run')
    p.add_argument('--invocation', default=None, help='the command line to print under "Reproduce"')
    p.add_argument('--no-doc', action='store_true', help='do not update docs/benchmarks.md')
    args = p.parse_args()
    args.figures = [f for f in args.figures.split(',') if f]
    dbs = {k: [d for d in getattr(args, k).split(',') if d] for k in ('databases', 'status_databases',
                                                                      'downgrade_databases')}
    if args.runs < 1 or any(f not in FIGURES for f in args.figures) or \
            any(d not in DATABASES for ds in dbs.values() for d in ds):
        p.error('--runs must be at least 1, --figures a list of %s and the databases of %s'
                % (','.join(FIGURES), ','.join(DATABASES)))
    args.invocation = args.invocation or ' '.join(['bench/peers.py'] + [shlex.quote(a) for a in sys.argv[1:]])
    work_root = os.path.join(HERE, 'work', 'peers')
    upgrade.build()
    build_harness()
    info = machine(args)
    sizes = {f: counts(getattr(args, f + '_counts')) for f in FIGURES}
    heads = {}
    for n in sorted(set(n for f in args.figures for n in sizes[f])):
        log('== generating %d revisions' % n)
        heads[n] = upgradegen.write(n, args.seed, os.path.join(work_root, str(n)))
    work = lambda n: os.path.join(work_root, str(n))
    db = lambda name, n: Database(name, work(n), args.pg_url, args.mariadb_url)
    renderers = {'apply': render_apply, 'status': render_status, 'downgrade': render_downgrade, 'sql': render_sql}
    everything = {'machine': info, 'args': {k: v for k, v in vars(args).items()}}
    for figure in args.figures:
        started = time.perf_counter()
        info['load_before'] = os.getloadavg()[0]
        if figure == 'apply':
            jobs = [(d, n, lambda d, n: measure_apply(args, db(d, n), work(n), n, heads[n]))
                    for n in sizes['apply'] for d in dbs['databases']]
        elif figure == 'status':
            jobs = [(d, n, lambda d, n: measure_status(args, db(d, n), work(n), n, heads[n]))
                    for n in sizes['status'] for d in dbs['status_databases']]
        elif figure == 'downgrade':
            jobs = [(d, n, lambda d, n: measure_downgrade(args, db(d, n), work(n), n, heads[n]))
                    for n in sizes['downgrade'] for d in dbs['downgrade_databases']]
        else:
            jobs = [('offline', n, lambda d, n: measure_sql(args, work(n), n, heads[n])) for n in sizes['sql']]
        results = []
        # Smaller counts first, on every database; the section is rewritten after every measurement, so a run
        # stopped early leaves what it measured, marked as incomplete.
        for i, (d, n, measure) in enumerate(jobs):
            results.append(measure(d, n))
            info['load_after'] = os.getloadavg()[0]
            text = renderers[figure](args, info, results, time.perf_counter() - started)
            if i + 1 < len(jobs):
                text = text.replace('\n<!-- END ', '\n**Incomplete:** still to measure when this was written: %s.\n\n'
                                    '<!-- END ' % ', '.join('%s %s' % (d, '{:,}'.format(n)) for d, n, _ in jobs[i + 1:]))
            if not args.no_doc:
                graph_commands.write_doc(text, SECTIONS[figure])
        everything[figure] = results
        print(text)
        if not args.no_doc:
            log('== wrote the %s section of %s' % (SECTIONS[figure], os.path.relpath(graph_commands.DOC, ROOT)))
    with open(os.path.join(HERE, 'work', 'peers.json'), 'w') as f:
        json.dump(everything, f, indent=1, default=str)


if __name__ == '__main__':
    main()
