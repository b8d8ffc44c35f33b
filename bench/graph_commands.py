#!/usr/bin/python3
"""Time `heads` and `history` of retort against Alembic on the same generated revision graphs.

Run it through bench/graph-commands.sh, which installs what is missing first. For every graph and
command: one untimed warm-up run of each tool (both tools are then measured warm: Alembic has its
__pycache__, retort its jar and class-data archive), a check that both print the same output, then
RUNS rounds that run Alembic then retort, alternating, each run timed as a whole process with
time.perf_counter() around subprocess.run(). Alembic's cold run (its __pycache__ of the revision
files deleted before every run) is measured separately, COLD_RUNS times per command.

Unless --no-doc is given, the section between the graph-commands markers of docs/benchmarks.md is
replaced with the results (with --alembic-only, Alembic's figures alone, marked as such); the rest of
that file is left alone.
Raw timings go to bench/work/graph-commands.json.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import graphgen  # noqa: E402

PYTHON = '/usr/bin/python3'
LAUNCHER = os.path.join(ROOT, 'retort')
DOC = os.path.join(ROOT, 'docs', 'benchmarks.md')
SECTION = 'graph-commands'
BEGIN = '<!-- BEGIN %s: written by bench/graph-commands.sh; edits here are overwritten -->' % SECTION
END = '<!-- END %s -->' % SECTION
DOC_HEADER = """# Benchmarks

Each section below is one figure, written by a script under `bench/`. Rerunning a script replaces only
its own section (between its `BEGIN`/`END` markers) and leaves the others alone.
"""
COMMANDS = ('heads', 'history')
# The end of the Method paragraph of every section a `bench/run.sh --quick` run writes (each script uses it).
QUICK_NOTE = ' **Quick run** (`--quick`): few rounds and small counts, a smoke test rather than a measurement.'
# Variables that would change what either tool does or how it starts.
DROPPED_ENV = ('PYTHONDONTWRITEBYTECODE', 'PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP', 'PYTHONPYCACHEPREFIX',
               'ALEMBIC_CONFIG', 'RETORT_CONFIG', 'JAVA_TOOL_OPTIONS', 'JDK_JAVA_OPTIONS', '_JAVA_OPTIONS')


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def clean_env():
    env = {k: v for k, v in os.environ.items() if k not in DROPPED_ENV}
    env['LC_ALL'] = 'C.UTF-8'
    return env


class Tool:
    def __init__(self, name, argv_for, env):
        self.name, self.argv_for, self.env = name, argv_for, env

    def run(self, env_dir, command, stderr=subprocess.PIPE):
        """Run once; return (seconds, completed process)."""
        argv = self.argv_for(env_dir, command)
        start = time.perf_counter()
        proc = subprocess.run(argv, cwd=env_dir, env=self.env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=stderr)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            err = proc.stderr.decode(errors='replace') if proc.stderr else ''
            out = proc.stdout.decode(errors='replace')
            raise SystemExit('graph-commands: `%s` failed with exit code %d in %s\n--- stdout (head)\n%s\n'
                             '--- stderr (tail)\n%s' % (' '.join(shlex.quote(a) for a in argv), proc.returncode,
                                                         os.path.relpath(env_dir, ROOT), out[:2000], err[-4000:]))
        return elapsed, proc


def alembic_tool():
    return Tool('alembic', lambda d, c: [PYTHON, '-m', 'alembic', '-c', os.path.join(d, 'alembic.ini'), c],
                clean_env())


def retort_tool():
    return Tool('retort', lambda d, c: [LAUNCHER, '-c', os.path.join(d, 'retort.toml'), c], clean_env())


def stats(times):
    q1, _, q3 = statistics.quantiles(times, n=4, method='inclusive') if len(times) > 1 else (times[0],) * 3
    return {'median': statistics.median(times), 'q1': q1, 'q3': q3, 'min': min(times), 'max': max(times),
            'runs': len(times), 'times': times}


def capture(argv, **kw):
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)
        return p.stdout.strip() if p.returncode == 0 else None
    except OSError:
        return None


def machine():
    info = {'nproc': capture(['nproc'])}
    with open('/proc/meminfo') as f:
        kb = int(re.search(r'MemTotal:\s+(\d+) kB', f.read()).group(1))
    info['memory'] = '%.1f GiB' % (kb / 1024 / 1024)
    cpu = None
    with open('/proc/cpuinfo') as f:
        for line in f:
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    info['cpu'] = cpu or platform.processor() or platform.machine()
    os_name = None
    if os.path.exists('/etc/os-release'):
        with open('/etc/os-release') as f:
            m = re.search(r'^PRETTY_NAME="?([^"\n]*)"?', f.read(), re.M)
            os_name = m.group(1) if m else None
    info['os'] = '%s, Linux %s' % (os_name or platform.system(), platform.release())
    java = capture(['java', '-version']) or ''
    info['java'] = '; '.join(line.strip() for line in java.splitlines()[:2])
    info['python'] = capture([PYTHON, '-c', 'import sys; print(sys.version.split()[0])'])
    info['alembic'] = capture([PYTHON, '-c', 'import alembic; print(alembic.__version__)'], env=clean_env())
    info['sqlalchemy'] = capture([PYTHON, '-c', 'import sqlalchemy; print(sqlalchemy.__version__)'], env=clean_env())
    commit = capture(['git', 'rev-parse', '--short=12', 'HEAD'], cwd=ROOT)
    # The doc the benchmarks write is not a change to what they measure.
    dirty = capture(['git', 'status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs/benchmarks.md'],
                    cwd=ROOT)
    info['commit'] = (commit or 'unknown') + (' (with uncommitted changes)' if dirty else '')
    return info


def compare(env_dir, command, outputs):
    """Whether both tools printed the same thing; differing outputs are kept under OUT_DIR/out/."""
    a, r = outputs['alembic'], outputs['retort']
    if a == r:
        return 'same'
    out = os.path.join(env_dir, 'out')
    os.makedirs(out, exist_ok=True)
    for tool, data in outputs.items():
        with open(os.path.join(out, '%s.%s.txt' % (command, tool)), 'wb') as f:
            f.write(data)
    al, rl = a.decode(errors='replace').splitlines(), r.decode(errors='replace').splitlines()
    if sorted(al) == sorted(rl):
        return 'same lines, other order'
    return 'differs (%d vs %d lines)' % (len(al), len(rl))


def measure(args, tools):
    results = []
    for shape in args.shapes:
        env_dir = os.path.join(args.work, shape)
        log('== %s: generating %d revisions (seed %d)' % (shape, args.count, args.seed))
        graphgen.write(graphgen.SHAPES[shape](args.count, args.seed), shape, args.seed, env_dir)
        with open(os.path.join(env_dir, 'graph.txt')) as f:
            summary = dict(line.rstrip('\n').split('=', 1) for line in f if '=' in line)
        for command in COMMANDS:
            outputs = {}
            for tool in tools:                       # untimed warm-up, also the output check
                _, proc = tool.run(env_dir, command)
                outputs[tool.name] = proc.stdout
            same = compare(env_dir, command, outputs) if len(tools) == 2 else 'not compared'
            lines = outputs['alembic'].count(b'\n')
            times = {t.name: [] for t in tools}
            for i in range(args.runs):
                for tool in tools:                   # Alembic, retort, Alembic, retort, ...
                    elapsed, _ = tool.run(env_dir, command)
                    times[tool.name].append(elapsed)
                log('   %s %s round %d/%d: %s' % (shape, command, i + 1, args.runs,
                                                  '  '.join('%s %.3f s' % (n, t[-1]) for n, t in times.items())))
            row = {'shape': shape, 'command': command, 'lines': lines, 'output': same, 'graph': summary,
                   'tools': {n: stats(t) for n, t in times.items()}}
            if args.cold_runs:
                cold = []
                for _ in range(args.cold_runs):
                    shutil.rmtree(os.path.join(env_dir, 'alembic', 'versions', '__pycache__'), ignore_errors=True)
                    elapsed, _ = tools[0].run(env_dir, command)
                    cold.append(elapsed)
                log('   %s %s alembic cold: %s' % (shape, command, '  '.join('%.3f s' % t for t in cold)))
                row['alembic_cold'] = stats(cold)
            results.append(row)
    return results


def fmt(s):
    return '%.3f' % s


def render(args, info, results, elapsed):
    both = all('retort' in r['tools'] for r in results)
    out = [BEGIN, '## Graph commands: `heads` and `history` on 5,000 revisions' if args.count == 5000 else
           '## Graph commands: `heads` and `history` on %d revisions' % args.count, '']
    out += ['Wall-clock time of one whole process (start-up included), in seconds: `retort` is the `./retort` '
            'launcher users run (a bash script that checks the jar is up to date, then starts the JVM with its '
            'start-up flags and class-data archive); Alembic is `/usr/bin/python3 -m alembic -c alembic.ini <command>`. '
            'Both tools read the same generated revisions (Java files for retort, `.py` files for Alembic) and '
            'their output goes to a pipe.', '']
    if not both:
        out += ['**retort was not measured in this run** (`--alembic-only`): these are Alembic\'s figures alone, '
                'a baseline until the retort columns are filled by a run without that option.', '']
    out += ['| Graph | Command | Output lines | Alembic median | Alembic IQR | Alembic min-max | retort median '
            '| retort IQR | retort min-max | Alembic / retort (medians) | Alembic min / retort max | Same output |',
            '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|']
    for r in results:
        a, t = r['tools']['alembic'], r['tools'].get('retort')
        cells = [r['shape'], '`%s`' % r['command'], str(r['lines']), fmt(a['median']),
                 '%s-%s' % (fmt(a['q1']), fmt(a['q3'])), '%s-%s' % (fmt(a['min']), fmt(a['max']))]
        if t:
            cells += [fmt(t['median']), '%s-%s' % (fmt(t['q1']), fmt(t['q3'])),
                      '%s-%s' % (fmt(t['min']), fmt(t['max'])), '**%.1fx**' % (a['median'] / t['median']),
                      '%.1fx' % (a['min'] / t['max']), r['output']]
        else:
            cells += ['-'] * 5 + [r['output']]
        out.append('| ' + ' | '.join(cells) + ' |')
    if any('alembic_cold' in r for r in results):
        out += ['', 'Alembic cold, its `__pycache__` of the revision files deleted before each run '
                '(as on the first run after a fresh checkout); the ratio is against the '
                'warm retort median above:', '',
                '| Graph | Command | Runs | Alembic cold median | min-max | Alembic cold / retort |',
                '|---|---|---:|---:|---:|---:|']
        for r in results:
            c, t = r.get('alembic_cold'), r['tools'].get('retort')
            if c:
                out.append('| %s | `%s` | %d | %s | %s-%s | %s |' % (
                    r['shape'], r['command'], c['runs'], fmt(c['median']), fmt(c['min']), fmt(c['max']),
                    '%.1fx' % (c['median'] / t['median']) if t else '-'))
    graphs = {}
    for r in results:
        graphs.setdefault(r['shape'], r['graph'])
    out += ['', '**Graphs** (one generator, `bench/graphgen.py`, writes both environments; seed %d):' % args.seed, '']
    for shape, g in graphs.items():
        desc = {'linear': 'one chain',
                'branchy': 'a trunk that forks %d times into 2-4 branches of %d-%d revisions; all forks but the last '
                           'are merged back by a merge revision, the last stays open'
                           % ((graphgen.FORKS,) + graphgen.branch_lengths(args.count))}.get(shape, shape)
        out.append('- %s: %s revisions, %s; %s merges, %s revisions with a dependency (`depends_on` / `dependsOn`), '
                   '%d head(s).' % (shape, g['revisions'], desc, g['merges'], g['with_depends'], len(g['heads'].split())))
    out += ['', '**Method.** For each graph and command: one untimed warm-up run of each tool, so both are '
            'measured warm (Alembic has written the `__pycache__` of the revision files, the JVM\'s files are in '
            'the page cache), which is also where the outputs are compared; then %d rounds of %s, '
            'each run timed with `time.perf_counter()` around `subprocess.run()`. IQR is '
            'the first to third quartile. `PYTHONDONTWRITEBYTECODE`, `PYTHONPATH` and the `JAVA_TOOL_OPTIONS` '
            'family are removed from both tools\' environment.%s The whole run took %.0f s; the load average (1 min) was %.2f before and %.2f after.%s' % (
                args.runs, 'Alembic then retort (A, B, A, B, ...)' if both else 'Alembic alone',
                ' The jar is built before timing; its build is not counted.' if both else '',
                elapsed, info['load_before'], info['load_after'], QUICK_NOTE if args.quick else ''), '']
    out += ['**Machine.** %s CPUs (`nproc`), %s memory, %s; %s.' % (info['nproc'], info['memory'], info['cpu'],
                                                                     info['os']),
            '%s. Python %s, Alembic %s, SQLAlchemy %s (Debian packages). retort at commit %s. Measured %s.' % (
                info['java'], info['python'], info['alembic'], info['sqlalchemy'], info['commit'],
                datetime.date.today().isoformat()), '']
    out += ['**Reproduce** (from the repository root; installs Alembic from Debian\'s packages if it is missing, '
            'writes the environments to `bench/work/` and the raw timings to `bench/work/graph-commands.json`):',
            '', '```sh', args.invocation, '```', '', END]
    return '\n'.join(out) + '\n', both


def write_doc(section, name=SECTION):
    """Replace the section called `name` of docs/benchmarks.md with `section` (or add it at the end)."""
    os.makedirs(os.path.dirname(DOC), exist_ok=True)
    text = open(DOC).read() if os.path.exists(DOC) else DOC_HEADER
    pattern = re.compile(r'<!-- BEGIN %s\b.*?<!-- END %s -->\n?' % (re.escape(name), re.escape(name)), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text, count=1)
    else:
        text = text.rstrip('\n') + '\n\n' + section
    with open(DOC, 'w') as f:
        f.write(text)


def main():
    p = argparse.ArgumentParser(prog='bench/graph-commands.sh', description=__doc__.split('\n\n')[0])
    p.add_argument('--runs', type=int, default=7, help='timed runs of each tool per graph and command (default 7)')
    p.add_argument('--cold-runs', type=int, default=3,
                   help='Alembic runs without __pycache__ per graph and command, 0 to skip (default 3)')
    p.add_argument('--count', type=int, default=5000, help='revisions per graph (default 5000)')
    p.add_argument('--seed', type=int, default=1, help='generator seed (default 1)')
    p.add_argument('--shapes', default='linear,branchy', help='graphs to generate (default linear,branchy)')
    p.add_argument('--alembic-only', action='store_true', help='time Alembic alone (a baseline while retort does not run)')
    p.add_argument('--quick', action='store_true', help='marks the doc section as a quick run')
    p.add_argument('--invocation', default=None, help='the command line to print under "Reproduce"')
    p.add_argument('--no-doc', action='store_true', help='do not update docs/benchmarks.md')
    args = p.parse_args()
    args.shapes = [s for s in args.shapes.split(',') if s]
    if args.runs < 1 or any(s not in graphgen.SHAPES for s in args.shapes):
        p.error('--runs must be at least 1 and --shapes a list of: %s' % ', '.join(graphgen.SHAPES))
    args.invocation = args.invocation or ' '.join(['bench/graph-commands.sh'] + [shlex.quote(a) for a in sys.argv[1:]])
    args.work = os.path.join(HERE, 'work')
    started = time.perf_counter()

    tools = [alembic_tool()]
    if not args.alembic_only:
        tools.append(retort_tool())
        log('== building retort if needed (untimed): ./retort --version')
        proc = subprocess.run([LAUNCHER, '--version'], cwd=ROOT, env=tools[1].env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        err = proc.stderr.decode(errors='replace').splitlines()
        sys.stderr.write(''.join(line + '\n' for line in err[:40]))
        if len(err) > 40:
            log('[... %d more lines of the launcher\'s output]' % (len(err) - 40))
        if proc.returncode != 0:
            raise SystemExit('graph-commands: `./retort --version` failed with exit code %d; use --alembic-only '
                             'to time Alembic alone' % proc.returncode)
    info = machine()
    info['load_before'] = os.getloadavg()[0]
    results = measure(args, tools)
    info['load_after'] = os.getloadavg()[0]
    elapsed = time.perf_counter() - started
    with open(os.path.join(args.work, 'graph-commands.json'), 'w') as f:
        json.dump({'machine': info, 'runs': args.runs, 'seed': args.seed, 'count': args.count,
                   'results': results}, f, indent=1)
    section, both = render(args, info, results, elapsed)
    print(section)
    if not args.no_doc:
        write_doc(section)
        log('== wrote the %s section of %s' % (SECTION, os.path.relpath(DOC, ROOT)))
    for r in results:
        if r['output'] not in ('same', 'not compared'):
            log('warning: %s %s: outputs %s; both are in %s' % (
                r['shape'], r['command'], r['output'], os.path.relpath(os.path.join(args.work, r['shape'], 'out'), ROOT)))
    log('== done in %.0f s' % elapsed)


if __name__ == '__main__':
    main()
