#!/usr/bin/python3
"""Differential run of migrating commands: retort against Alembic on random graphs.

For each seed, random_graph.py writes a retort environment of COUNT revisions, alembic_golden.py mirrors
it into an Alembic environment, and twelve random commands (upgrade, downgrade and stamp to random
revisions, labels and relative steps; upgrade base:X --sql) run in both, each on its own SQLite file.
After every command the version rows are compared, and for --sql the version-table statements. A line
that is not "ok" is a difference to look at: "hash-order" marks scripts where Alembic's own output
changes with PYTHONHASHSEED (a merge with other branches applied picks its rows from a Python set),
"sql-order" the same statements in another order.

usage: differential.py FIRST_SEED END_SEED [COUNT] [WORK_DIR]   (needs Debian's python3-alembic and
the jar: mvn -q package -DskipTests)
"""
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import alembic_golden as g  # noqa: E402

JAR = os.path.join(HERE, '..', '..', '..', 'target', 'retort.jar')

def rows(db):
    if not os.path.exists(db):
        return None
    c = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in c.execute('select version_num from retort_version'))
    except sqlite3.OperationalError:
        return None
    finally:
        c.close()

def alembic(target, cmd, seed='0'):
    r = subprocess.run([sys.executable, '-c', g.SORTED_ALEMBIC, '-c', os.path.join(target, 'alembic.ini')] + cmd,
                       capture_output=True, text=True, cwd=target, env=dict(os.environ, PYTHONHASHSEED=seed))
    return r.returncode, r.stdout, r.stderr

def retort(env, cmd):
    r = subprocess.run(['java', '-XX:TieredStopAtLevel=1', '-jar', JAR] + cmd, capture_output=True, text=True, cwd=env)
    return r.returncode, r.stdout, r.stderr

def main():
    seeds = range(int(sys.argv[1]), int(sys.argv[2]))
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    work = sys.argv[4] if len(sys.argv) > 4 else os.path.join(HERE, '..', '..', '..', 'target', 'differential')
    for seed in seeds:
        base = os.path.join(work, 's%d' % seed)
        shutil.rmtree(base, ignore_errors=True)
        env, target = base + '/r', base + '/a'
        subprocess.run([sys.executable, os.path.join(HERE, 'random_graph.py'), str(seed), str(count), env], check=True)
        os.makedirs(target)
        g.mirror(env, target)
        ids = [n.split('_')[0] for n in os.listdir(env + '/migrations/versions')]
        labels = []
        for n in os.listdir(env + '/migrations/versions'):
            t = open(env + '/migrations/versions/' + n).read()
            labels += re.findall(r'label\d+', t)
        rnd = random.Random(seed)
        for step in range(12):
            kind = rnd.choice(['upgrade', 'upgrade', 'downgrade', 'downgrade', 'stamp', 'sqlup'])
            rev = rnd.choice(ids + ['heads', 'base', '+1', '-1', '+2', '-2'] + [l + '@head' for l in labels] + [l + '@base' for l in labels])
            if kind == 'upgrade' and rev in ('base', '-1', '-2'):
                rev = 'heads'
            if kind == 'downgrade' and rev in ('heads', '+1', '+2'):
                rev = 'base'
            if kind == 'stamp' and rev[0] in '+-':
                rev = 'heads'
            cmd = [kind, rev] if kind != 'sqlup' else ['upgrade', 'base:' + (rev if rev[0] not in '+-' and rev != 'base' else 'heads'), '--sql']
            ac, aout, aerr = alembic(target, cmd)
            rc, rout, rerr = retort(env, cmd)
            ar, rr = rows(target + '/graph.db'), rows(env + '/graph.db')
            status = 'ok'
            if ac != 0 and rc != 0:
                status = 'ok'  # both refuse (Alembic may still have created an empty version table)
            elif (ac == 0) != (rc == 0):
                status = 'EXIT alembic=%d retort=%d' % (ac, rc)
            elif ar != rr:
                status = 'ROWS alembic=%s retort=%s' % (ar, rr)
            elif kind == 'sqlup' and ac == 0:
                av = [l for l in aout.splitlines() if 'retort_version' in l and not l.startswith('DROP')]
                rv = [l for l in rout.splitlines() if 'retort_version' in l]
                if sorted(av) != sorted(rv):
                    status = 'SQL differs'
                    for hs in ('1', '2', '3', '4', '5', '6'):
                        other = [l for l in alembic(target, cmd, hs)[1].splitlines() if 'retort_version' in l and not l.startswith('DROP')]
                        if other != av:
                            status = 'hash-order'
                            break
                elif av != rv:
                    status = 'sql-order'
            print('seed %d %-40s %s' % (seed, ' '.join(cmd), status), flush=True)
            if status not in ('ok', 'sql-order', 'hash-order'):
                print('   alembic: %s' % (aerr.strip().splitlines()[-1:] if ac else ''), flush=True)
                print('   retort : %s' % (rerr.strip().splitlines()[-1:] if rc else ''), flush=True)
            if ac != 0 and rc != 0:
                continue
            if (ac == 0) != (rc == 0):
                break


if __name__ == '__main__':
    main()
