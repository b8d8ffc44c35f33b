#!/usr/bin/python3
"""Generate one revision graph and write it twice: as an Alembic environment and as a retort environment.

Both environments get exactly the same revisions (ids, parents, dependencies, messages, dates), so the
same graph command must print the same thing in both tools.

usage: graphgen.py SHAPE COUNT SEED OUT_DIR

SHAPE is
  linear     COUNT revisions in one chain;
  branchy    a trunk that forks 20 times into 2-4 branches of 5-60 revisions each (at COUNT 5000;
             the lengths scale with COUNT); every fork but the last is merged back by one merge
             revision, the last one stays open (so there are several heads); about 2% of trunk revisions depend on an earlier trunk revision and about 10%
             of branch revisions on a revision of a sibling branch (Alembic's depends_on, retort's
             dependsOn).

OUT_DIR receives
  alembic.ini, alembic/versions/<id>_step_<n>.py             (the Alembic environment)
  retort.toml, migrations/versions/<id>_step_<n>.java        (the retort environment)
  graph.txt                                                  (a summary: shape, counts, heads)
Anything already in OUT_DIR's alembic/ and migrations/ folders is removed first.
"""
import os
import random
import shutil
import sys

FORKS = 20
DEPENDS_RATE = 0.02


class Graph:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.revisions = []      # (id, parents, depends)
        self.ids = set()

    def new_id(self):
        while True:
            rid = '%012x' % self.rnd.getrandbits(48)
            if rid not in self.ids:
                self.ids.add(rid)
                return rid

    def add(self, parents, depends=()):
        rid = self.new_id()
        self.revisions.append((rid, list(parents), list(depends)))
        return rid


def linear(count, seed):
    g = Graph(seed)
    head = None
    for _ in range(count):
        head = g.add([head] if head else [])
    return g


def branch_lengths(count):
    """The shortest and longest branch of the branchy shape: 5 and 60 at COUNT 5000, scaled with COUNT."""
    shortest = max(1, count // 1000)
    return shortest, max(shortest + 1, count * 3 // 250)


def branchy(count, seed):
    g = Graph(seed)
    rnd = g.rnd
    # Plan the forks first so that the total is exactly COUNT.
    shortest, longest = branch_lengths(count)
    forks = []
    for _ in range(FORKS):
        forks.append([rnd.randint(shortest, longest) for _ in range(rnd.randint(2, 4))])
    in_forks = sum(sum(f) for f in forks) + (FORKS - 1)      # branch revisions + merges
    trunk_total = count - in_forks
    if trunk_total < FORKS + 1:
        sys.exit('graphgen: COUNT %d is too small for the branchy shape' % count)
    # Trunk segments: one before each fork, and one after the last merge only if the last fork is merged
    # (it is not), so FORKS segments, each at least one revision long.
    cuts = sorted(rnd.sample(range(1, trunk_total), FORKS - 1))
    segments = [b - a for a, b in zip([0] + cuts, cuts + [trunk_total])]

    head = None
    trunk = []
    for i, (segment, branches) in enumerate(zip(segments, forks)):
        for _ in range(segment):
            depends = []
            if trunk and rnd.random() < DEPENDS_RATE:
                depends = [rnd.choice(trunk[:-1] or trunk)]
                if depends[0] == head:
                    depends = []
            head = g.add([head] if head else [], depends)
            trunk.append(head)
        fork_point = head
        tips = []
        earlier = []          # revisions of sibling branches written before this one
        for length in branches:
            tip = fork_point
            mine = []
            for _ in range(length):
                depends = []
                if earlier and rnd.random() < DEPENDS_RATE * 5:
                    depends = [rnd.choice(earlier)]
                tip = g.add([tip], depends)
                mine.append(tip)
            tips.append(tip)
            earlier.extend(mine)
        if i < FORKS - 1:
            head = g.add(tips)
            trunk.append(head)
    assert len(g.revisions) == count, (len(g.revisions), count)
    return g


SHAPES = {'linear': linear, 'branchy': branchy}


def date(n):
    return '2026-11-22 %02d:%02d:%02d.%06d' % (n // 3600 % 24, n // 60 % 60, n % 60, n)


def alembic_file(n, rid, parents, depends):
    if not parents:
        down, revises = 'None', ''
    elif len(parents) == 1:
        down, revises = repr(parents[0]), parents[0]
    else:
        down, revises = repr(tuple(parents)), ', '.join(parents)
    dep = 'None' if not depends else repr(depends[0]) if len(depends) == 1 else repr(tuple(depends))
    return ('"""step %d\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n\n"""\n'
            'revision = %r\ndown_revision = %s\nbranch_labels = None\ndepends_on = %s\n\n\n'
            'def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n'
            % (n, rid, revises, date(n), rid, down, dep))


def java_file(n, rid, parents, depends):
    q = lambda values: '{%s}' % ', '.join('"%s"' % v for v in values)
    text = ('import dev.retort.api.Migration;\nimport dev.retort.api.Operations;\nimport dev.retort.api.Revision;\n\n'
            '@Revision(\n        id = "%s",\n        revises = %s,\n' % (rid, q(parents)))
    if depends:
        text += '        dependsOn = %s,\n' % q(depends)
    text += ('        message = "step %d",\n        createDate = "%s")\nclass Step%d_%s implements Migration {\n\n'
             '    @Override\n    public void upgrade(Operations op) {}\n\n'
             '    @Override\n    public void downgrade(Operations op) {}\n}\n' % (n, date(n), n, rid))
    return text


def write(graph, shape, seed, out):
    out = os.path.abspath(out)
    alembic_versions = os.path.join(out, 'alembic', 'versions')
    retort_versions = os.path.join(out, 'migrations', 'versions')
    for d in (os.path.join(out, 'alembic'), os.path.join(out, 'migrations')):
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(alembic_versions)
    os.makedirs(retort_versions)
    with open(os.path.join(out, 'alembic.ini'), 'w') as f:
        f.write('[alembic]\nscript_location = %s\n' % os.path.join(out, 'alembic'))
    with open(os.path.join(out, 'retort.toml'), 'w') as f:
        f.write('[retort]\nscript_location = "migrations"\n')
    for n, (rid, parents, depends) in enumerate(graph.revisions, start=1):
        name = '%s_step_%d' % (rid, n)
        with open(os.path.join(alembic_versions, name + '.py'), 'w') as f:
            f.write(alembic_file(n, rid, parents, depends))
        with open(os.path.join(retort_versions, name + '.java'), 'w') as f:
            f.write(java_file(n, rid, parents, depends))
    children = set(p for _, parents, _ in graph.revisions for p in parents)
    heads = [rid for rid, _, _ in graph.revisions if rid not in children]
    with open(os.path.join(out, 'graph.txt'), 'w') as f:
        f.write('shape=%s\nseed=%s\nrevisions=%d\nbases=%d\nmerges=%d\nwith_depends=%d\nheads=%s\n' % (
            shape, seed, len(graph.revisions),
            sum(1 for _, p, _ in graph.revisions if not p),
            sum(1 for _, p, _ in graph.revisions if len(p) > 1),
            sum(1 for _, _, d in graph.revisions if d),
            ' '.join(heads)))


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in SHAPES:
        sys.exit(__doc__)
    shape, count, seed, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    write(SHAPES[shape](count, seed), shape, seed, out)


if __name__ == '__main__':
    main()
