#!/usr/bin/python3
"""Time retort against Alembic on small graphs, at start-up, and the compile of Java revisions cold and cached.

Run it through bench/run.sh, which installs what is missing first. Figures (each writes its own section of
docs/benchmarks.md):

- graph-sizes: `heads` and `history` of both tools on the graphs of bench/graphgen.py at smaller sizes than
               bench/graph-commands.sh (100 and 1,000 revisions: one chain, and at 1,000 also the branchy
               graph: 20 forks merged back, some depends_on), measured as graph_commands.py measures;
- startup:     `--version` and `--help` of both tools, and `--version` of the Flyway and Liquibase harness
               (a JVM that loads both libraries: the floor of every peers figure);
- javac:       `upgrade head` of COUNT Java revisions that need javac on a new SQLite database, with no
               `.retort-cache` (one javac batch) and with it, beside Alembic without and with `__pycache__`;
- jmh:         the JMH micro-benchmarks of bench/jmh (header parsing and graph resolution on 10,000
               revisions), built with the root pom's `bench` profile.

Each contender runs once per round, in a fixed order, after one untimed warm-up; each run is checked.
"""
import argparse
import datetime
import json
import os
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import graph_commands  # noqa: E402
import peers  # noqa: E402
import upgrade  # noqa: E402
import upgradegen  # noqa: E402

FIGURES = ('graph-sizes', 'startup', 'javac', 'jmh')
JMH_JAR = os.path.join(HERE, 'jmh', 'target', 'benchmarks.jar')
log = graph_commands.log


def fmt(s):
    return '%.3f' % s


def measure_graph_sizes(args):
    tools = [graph_commands.alembic_tool(), graph_commands.retort_tool()]
    results = []
    for count in args.graph_counts:
        shapes = ['linear'] + (['branchy'] if count >= 1000 else [])
        ns = argparse.Namespace(shapes=shapes, work=os.path.join(HERE, 'work', 'graph-sizes', str(count)),
                                count=count, seed=args.seed, runs=args.runs, cold_runs=0)
        for row in graph_commands.measure(ns, tools):
            row['count'] = count
            results.append(row)
    return results


def render_graph_sizes(args, info, results, elapsed):
    out = ['Wall-clock time of one whole process (start-up included), in seconds, measured as the 5,000-revision '
           'figure above (`bench/graph_commands.py`: both tools warm, their outputs compared on the warm-up run, '
           'then Alembic and retort alternately) on the same generator\'s graphs at 100 and 1,000 revisions. The '
           'branchy graph needs about 1,000 revisions for its 20 forks, so at 100 only the chain is measured.', '',
           '| Revisions | Graph | Command | Output lines | Alembic median | Alembic IQR | retort median | retort IQR '
           '| retort min-max | Alembic / retort (medians) | Same output |',
           '|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|']
    for r in results:
        a, t = r['tools']['alembic'], r['tools']['retort']
        out.append('| %s | %s | `%s` | %d | %s | %s-%s | %s | %s-%s | %s-%s | **%.1fx** | %s |' % (
            '{:,}'.format(r['count']), r['shape'], r['command'], r['lines'], fmt(a['median']), fmt(a['q1']),
            fmt(a['q3']), fmt(t['median']), fmt(t['q1']), fmt(t['q3']), fmt(t['min']), fmt(t['max']),
            a['median'] / t['median'], r['output']))
    out += ['']
    seen = set()
    for r in results:
        key = (r['count'], r['shape'])
        if key not in seen:
            seen.add(key)
            g = r['graph']
            out.append('- %s, %s revisions: %s merges, %s revisions with a dependency, %d head(s).' % (
                r['shape'], g['revisions'], g['merges'], g['with_depends'], len(g['heads'].split())))
    out += ['']
    return section('graph-sizes', '## Graph commands on 100 and 1,000 revisions', out,
                   footer(args, info, elapsed, 'Alembic then retort (A, B, A, B, ...)'))


def measure_startup(args):
    cmds = [
        ('retort --version', [upgrade.LAUNCHER, '--version'], 'retort'),
        ('retort --help', [upgrade.LAUNCHER, '--help'], 'upgrade'),
        ('alembic --version', [upgrade.PYTHON, '-m', 'alembic', '--version'], 'alembic'),
        ('alembic --help', [upgrade.PYTHON, '-m', 'alembic', '--help'], 'upgrade'),
        ('Flyway and Liquibase harness --version', ['java', '-jar', peers.HARNESS, '--version'], 'Liquibase'),
    ]

    def once(c):
        elapsed, cpu, proc = upgrade.run(c[1], ROOT, c[0])
        text = (proc.stdout + proc.stderr).decode(errors='replace')
        if c[2] not in text:
            raise SystemExit('small-commands: `%s` printed no %r' % (c[0], c[2]))
        return elapsed, cpu
    return rounds('startup', cmds, args.runs, once)


def rounds(what, contenders, runs, once):
    for c in contenders:
        once(c)
    times = {c[0]: [] for c in contenders}
    cpus = {c[0]: [] for c in contenders}
    for i in range(runs):
        for c in contenders:
            elapsed, cpu = once(c)
            times[c[0]].append(elapsed)
            cpus[c[0]].append(cpu)
        log('   %s round %d/%d: %s' % (what, i + 1, runs, '  '.join('%s %.3f' % (k, t[-1]) for k, t in times.items())))
    return {'tools': {k: graph_commands.stats(t) for k, t in times.items()},
            'cpu': {k: graph_commands.stats(t) for k, t in cpus.items()}}


def simple_table(result, baseline, baseline_name):
    out = ['| Run | Median | IQR | Min-max | CPU median | this / %s (medians) |' % baseline_name,
           '|---|---:|---:|---:|---:|---:|']
    keys = list(result['tools'])
    base = result['tools'][baseline]['median']
    for k in keys:
        s = result['tools'][k]
        out.append('| %s | %s | %s-%s | %s-%s | %s | %.2fx |' % (
            k, fmt(s['median']), fmt(s['q1']), fmt(s['q3']),
            fmt(s['min']), fmt(s['max']), fmt(result['cpu'][k]['median']), s['median'] / base))
    return out


def render_startup(args, info, result, elapsed):
    out = ['Wall-clock time of one whole process, in seconds: the tool starts, prints its version or help to a '
           'pipe and exits. `retort` is the `./retort` launcher (start-up flags and class-data archive); Alembic '
           'is `/usr/bin/python3 -m alembic`; the harness is `java -jar bench/peers/target/peers.jar --version` '
           '(plain `java`, Flyway and Liquibase on the class path, both libraries\' version classes loaded): '
           'what every Flyway and Liquibase figure pays before any work.', '']
    out += simple_table(result, 'retort --version', '`retort --version`') + ['']
    return section('startup', '## Start-up: `--version` and `--help`', out,
                   footer(args, info, elapsed, 'in the order of the table'))


JAVAC_KINDS = [('retort-javac-first', 'retort, Java revisions that need javac, no `.retort-cache` (one javac batch)'),
               ('retort-javac', 'retort, the same revisions, classes cached in `.retort-cache`'),
               ('alembic-first', 'Alembic, no `__pycache__`'),
               ('alembic', 'Alembic, `__pycache__` written')]


def kinds_label(kind):
    return dict(JAVAC_KINDS)[kind]


def measure_javac(args):
    work = os.path.join(HERE, 'work', 'javac')
    head = upgradegen.write(args.javac_count, args.seed, work)
    db = upgrade.Database('sqlite', work, args.pg_url)
    kinds = JAVAC_KINDS

    def once(c):
        return upgrade.timed_upgrade(c[2], work, db, None, head)
    result = rounds('javac %d' % args.javac_count, [(label, None, kind) for kind, label in kinds], args.runs, once)
    return result


def render_javac(args, info, result, elapsed):
    n = '{:,}'.format(args.javac_count)
    out = ['`upgrade head` of %s revisions (`bench/upgradegen.py`) from a new, empty SQLite database, in seconds, '
           'start-up included. The retort revisions make their operation calls in a counting loop '
           '(`for (int i = 0; i < 1; i++)`), which sends them through javac: with no `.retort-cache` (the first run after a checkout) '
           'one in-process javac batch compiles all %s, then the classes are loaded from the cache. Alembic '
           'beside it, without and with the bytecode of its %s revision modules. After each run the version table '
           'must hold the head.' % (n, n, n), '']
    out += simple_table(result, kinds_label('retort-javac'), 'retort cached') + ['']
    out += ['The last column is the row\'s median divided by the median of retort with its classes cached: above '
            '1 the row is slower than cached retort, below 1 faster.', '']
    return section('javac', '## Java revisions compiled cold and cached: %s revisions' % n, out,
                   footer(args, info, elapsed, 'in the order of the table (the cache or `__pycache__` deleted '
                          'before each "no" run)'))


def measure_jmh(args):
    log('== building bench/jmh (untimed): mvn -Pbench -pl bench/jmh -am package')
    p = subprocess.run(['mvn', '-q', '-B', '-Pbench', '-DskipTests', '-pl', 'bench/jmh', '-am', 'package'], cwd=ROOT,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        raise SystemExit('small-commands: building bench/jmh failed:\n' + p.stdout.decode(errors='replace')[-4000:])
    out = os.path.join(HERE, 'work', 'jmh.json')
    options = ['-f', '1', '-wi', '1', '-i', '1', '-w', '1s', '-r', '1s', '-p', 'count=1000'] if args.quick else \
        ['-f', '1', '-wi', '1', '-i', '3', '-w', '3s', '-r', '3s']
    args.jmh_options = ' '.join(options)
    log('== running JMH %s' % args.jmh_options)
    p = subprocess.run(['java', '-jar', JMH_JAR] + options + ['-rf', 'json', '-rff', out], cwd=ROOT,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        raise SystemExit('small-commands: JMH failed:\n' + p.stdout.decode(errors='replace')[-4000:])
    with open(out) as f:
        return json.load(f)


def score(value):
    """A JMH score or error: three decimals, or three significant digits below 0.001; '-' for none (NaN)."""
    if not isinstance(value, (int, float)) or value != value:
        return '-'
    return '%.3f' % value if abs(value) >= 0.001 or value == 0 else '%.2e' % value


def render_jmh(args, info, results, elapsed):
    out = ['JMH 1.37, average time per operation (lower is better), in one forked JVM with default flags '
           '(`%s`; the error is JMH\'s 99.9%% interval). `HeaderParsing.parseAll` reads the headers of all '
           'the revision files of a folder with `RevisionFileParser.parse`, one per file, as every command that '
           'loads a script directory does (files in the page cache after the first iteration). `GraphResolution` '
           'works on revisions in memory: `buildGraph` is `RevisionGraph.of`, `upgradeFromEmptyToHeads` the plan '
           'of `upgrade heads` on an empty database, `downgradeFromHeadsToBase` that of `downgrade base` from the '
           'heads, `heads` and `resolvePartialId` (an 8-character prefix) the lookups. Linear is one chain; '
           'branchy a trunk with 20 forks of three branches, each merged back, with a dependency on every '
           'fiftieth trunk revision (`bench/jmh/.../Revisions.java`).' % args.jmh_options, '',
           '| Benchmark | Revisions | Form | Score | Error | Unit |', '|---|---:|---|---:|---:|---|']
    for r in results:
        params = r.get('params', {})
        m = r['primaryMetric']
        error = m.get('scoreError')
        out.append('| `%s` | %s | %s | %s | %s | %s |' % (
            r['benchmark'].rsplit('.', 2)[-2] + '.' + r['benchmark'].rsplit('.', 1)[-1],
            '{:,}'.format(int(params.get('count', 0))), params.get('format') or params.get('shape') or '-',
            score(m['score']), score(error), m['scoreUnit']))
    out += ['']
    foot = footer(args, info, elapsed, '')
    foot[0] = ('**Method.** As JMH runs them, in one process (the options above). The figure took %.0f s, build '
               'included; the load average (1 min) was %.2f before and %.2f after.%s' % (
                   elapsed, info['load_before'], info['load_after'],
                   ' **Quick run** (`--quick`): 1,000 revisions, one iteration, a smoke test rather than a '
                   'measurement.' if args.quick else ''))
    return section('jmh', '## Micro-benchmarks (JMH): header parsing and graph resolution', out, foot)


def footer(args, info, elapsed, order):
    return ['**Method.** One untimed warm-up run of every contender, then %d rounds, %s, each run timed with '
            '`time.perf_counter()` around `subprocess.run()` and checked. IQR is the first to third quartile. The '
            'figure took %.0f s; the load average (1 min) was %.2f before and %.2f after.%s' % (
                args.runs, order, elapsed, info['load_before'], info['load_after'],
                graph_commands.QUICK_NOTE if args.quick else ''), '',
            '**Machine.** %s CPUs (`nproc`), %s memory, %s; %s.' % (info['nproc'], info['memory'], info['cpu'],
                                                                     info['os']),
            '%s. Python %s, Alembic %s, SQLAlchemy %s (Debian packages). retort at commit %s. Measured %s.' % (
                info['java'], info['python'], info['alembic'], info['sqlalchemy'], info['commit'],
                datetime.date.today().isoformat()), '',
            '**Reproduce** (from the repository root; installs what is missing, writes to `bench/work/`):', '',
            '```sh', args.invocation, '```', '']


def section(name, title, body, foot):
    return '\n'.join(['<!-- BEGIN %s: written by bench/run.sh; edits here are overwritten -->' % name, title, '']
                     + body + foot + ['<!-- END %s -->' % name]) + '\n'


def main():
    p = argparse.ArgumentParser(prog='bench/run.sh --figures graph-sizes,startup,javac',
                                description=__doc__.split('\n\n')[0])
    p.add_argument('--figures', default=','.join(FIGURES), help='default %s' % ','.join(FIGURES))
    p.add_argument('--runs', type=int, default=7, help='timed rounds per figure (default 7)')
    p.add_argument('--graph-counts', default='100,1000', help='default 100,1000')
    p.add_argument('--javac-count', type=int, default=1000, help='default 1000')
    p.add_argument('--pg-url', default='postgresql://postgres@127.0.0.1:5432')
    p.add_argument('--seed', type=int, default=1, help='generator seed (default 1)')
    p.add_argument('--quick', action='store_true', help='marks the doc sections as a quick run')
    p.add_argument('--invocation', default=None, help='the command line to print under "Reproduce"')
    p.add_argument('--no-doc', action='store_true', help='do not update docs/benchmarks.md')
    args = p.parse_args()
    args.figures = [f for f in args.figures.split(',') if f]
    args.graph_counts = [int(c) for c in args.graph_counts.split(',') if c]
    if args.runs < 1 or any(f not in FIGURES for f in args.figures):
        p.error('--runs must be at least 1 and --figures a list of %s' % ','.join(FIGURES))
    args.invocation = args.invocation or ' '.join(['bench/small_commands.py'] + [shlex.quote(a) for a in sys.argv[1:]])
    upgrade.build()
    if 'startup' in args.figures:
        peers.build_harness()
    info = graph_commands.machine()
    everything = {'machine': info, 'args': vars(args)}
    for figure in args.figures:
        started = time.perf_counter()
        info['load_before'] = os.getloadavg()[0]
        measure, render = {'graph-sizes': (measure_graph_sizes, render_graph_sizes),
                           'startup': (measure_startup, render_startup),
                           'javac': (measure_javac, render_javac),
                           'jmh': (measure_jmh, render_jmh)}[figure]
        result = measure(args)
        info['load_after'] = os.getloadavg()[0]
        text = render(args, info, result, time.perf_counter() - started)
        everything[figure] = result
        print(text)
        if not args.no_doc:
            graph_commands.write_doc(text, figure)
            log('== wrote its section of %s' % os.path.relpath(graph_commands.DOC, ROOT))
    with open(os.path.join(HERE, 'work', 'small-commands.json'), 'w') as f:
        json.dump(everything, f, indent=1, default=str)


if __name__ == '__main__':
    main()
