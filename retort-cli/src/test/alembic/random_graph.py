#!/usr/bin/python3
"""Write a random retort revision graph (branches, merges, labels, depends_on; Java and SQL files).

usage: random_graph.py SEED COUNT ENV_DIR
Used to build test fixtures whose expected outputs are recorded from Alembic.
"""
import os
import random
import sys


def main():
    seed, count, env = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rnd = random.Random(seed)
    versions = os.path.join(env, 'migrations', 'versions')
    os.makedirs(versions, exist_ok=True)
    with open(os.path.join(env, 'retort.toml'), 'w') as config:
        config.write('[retort]\nscript_location = "migrations"\nurl = "sqlite:///graph.db"\n')
    revisions = []   # (id, parents, labels, depends)
    heads = []
    used_labels = set()
    for n in range(count):
        rid = '%012x' % rnd.getrandbits(48)
        roll = rnd.random()
        if not revisions or roll < 0.04:
            parents = []
        elif len(heads) > 1 and roll < 0.25:
            parents = rnd.sample(heads, min(len(heads), rnd.choice([2, 2, 3])))
        elif roll < 0.45:
            parents = [rnd.choice(revisions)[0]]
        else:
            parents = [rnd.choice(heads)]
        depends = []
        if revisions and rnd.random() < 0.12:
            candidate = rnd.choice(revisions)[0]
            if candidate not in parents:
                depends = [candidate]
        labels = []
        if rnd.random() < 0.06:
            label = 'label%d' % n
            used_labels.add(label)
            labels = [label]
        revisions.append((rid, parents, labels, depends))
        heads = [h for h in heads if h not in parents] + [rid]
        write(versions, n, rid, parents, labels, depends, rnd.random() < 0.3)


def write(versions, n, rid, parents, labels, depends, as_sql):
    message = 'step %d' % n
    date = '2026-11-22 01:%02d:%02d.%06d' % (n // 60 % 60, n % 60, n)
    name = '%s_step_%d' % (rid, n)
    if as_sql:
        lines = ['-- %s' % message, '--', '-- Revision ID: %s' % rid, '-- Revises: %s' % ', '.join(parents)]
        if labels:
            lines.append('-- Branch labels: %s' % ', '.join(labels))
        if depends:
            lines.append('-- Depends on: %s' % ', '.join(depends))
        lines += ['-- Create Date: %s' % date, '', '-- retort:upgrade', 'SELECT 1;', '', '-- retort:downgrade',
                  'SELECT 1;', '']
        text = '\n'.join(lines)
        path = os.path.join(versions, name + '.sql')
    else:
        q = lambda values: '{%s}' % ', '.join('"%s"' % v for v in values)
        text = ('import dev.retort.api.Migration;\nimport dev.retort.api.Operations;\nimport dev.retort.api.Revision;\n\n'
                '@Revision(\n        id = "%s",\n        revises = %s,\n' % (rid, q(parents)))
        if labels:
            text += '        branchLabels = %s,\n' % q(labels)
        if depends:
            text += '        dependsOn = %s,\n' % q(depends)
        text += ('        message = "%s",\n        createDate = "%s")\nclass Step%d_%s implements Migration {\n\n'
                 '    @Override\n    public void upgrade(Operations op) {}\n\n'
                 '    @Override\n    public void downgrade(Operations op) {}\n}\n' % (message, date, n, rid))
        path = os.path.join(versions, name + '.java')
    with open(path, 'w') as out:
        out.write(text)


if __name__ == '__main__':
    main()
