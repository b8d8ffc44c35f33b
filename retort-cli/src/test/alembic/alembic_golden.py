#!/usr/bin/python3
"""Record Alembic's own output for a retort sample environment, as golden files.

Mirrors every revision file of a retort environment (Java or SQL headers) into an
equivalent Alembic environment, runs the given alembic commands, and writes each
command's stdout with the environment's absolute path replaced by {root} and the
.py suffix by the retort file's suffix. The CLI tests compare retort's output with
these files, so the golden files are Alembic's answers, not ours.

usage: alembic_golden.py SAMPLE_DIR OUT_DIR 'name=heads -v' 'name2=history' ...
Needs Debian's python3-alembic.
"""
import os
import re
import subprocess
import sys
import tempfile

ANNOTATION = re.compile(r'@Revision\((.*?)\)\s*\n\s*(?:final\s+)?class', re.S)
ELEMENT = re.compile(r'(\w+)\s*=\s*(\{[^}]*\}|"(?:[^"\\]|\\.)*")', re.S)


def strings(value):
    return [s.encode().decode('unicode_escape') for s in re.findall(r'"((?:[^"\\]|\\.)*)"', value)]


def java_metadata(text):
    body = ANNOTATION.search(text).group(1)
    meta = {k: strings(v) for k, v in ELEMENT.findall(body)}
    return {
        'id': meta['id'][0],
        'revises': meta.get('revises', []),
        'labels': meta.get('branchLabels', []),
        'depends': meta.get('dependsOn', []),
        'message': (meta.get('message') or ['empty message'])[0],
        'date': (meta.get('createDate') or [''])[0],
    }


def sql_metadata(text):
    header = {}
    message = []
    for line in text.splitlines():
        if not line.startswith('--'):
            break
        content = line[2:].strip()
        match = re.match(r'(Revision ID|Revises|Branch labels|Depends on|Create Date):\s*(.*)', content)
        if match:
            header[match.group(1)] = match.group(2)
        elif not header and content:
            message.append(content)
    split = lambda v: [x.strip() for x in (v or '').split(',') if x.strip()]
    return {
        'id': header['Revision ID'],
        'revises': split(header.get('Revises')),
        'labels': split(header.get('Branch labels')),
        'depends': split(header.get('Depends on')),
        'message': '\n'.join(message) or 'empty message',
        'date': header.get('Create Date', ''),
    }


def scalar(values):
    if not values:
        return 'None'
    return repr(values[0]) if len(values) == 1 else repr(tuple(values))


def mirror(sample, target):
    config = open(os.path.join(sample, 'retort.toml')).read()
    locations = re.search(r'version_locations\s*=\s*\[(.*?)\]', config, re.S)
    locations = strings(locations.group(1)) if locations else ['migrations/versions']
    for location in locations:
        source = os.path.join(sample, location)
        dest = os.path.join(target, location)
        os.makedirs(dest, exist_ok=True)
        for name in sorted(os.listdir(source)):
            text = open(os.path.join(source, name)).read()
            if name.endswith('.java'):
                meta = java_metadata(text)
            elif name.endswith('.sql'):
                meta = sql_metadata(text)
            else:
                continue
            with open(os.path.join(dest, os.path.splitext(name)[0] + '.py'), 'w') as out:
                out.write('"""%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n\n"""\n' % (
                    meta['message'], meta['id'], ', '.join(meta['revises']), meta['date']))
                out.write('revision = %r\ndown_revision = %s\nbranch_labels = %s\ndepends_on = %s\n' % (
                    meta['id'], scalar(meta['revises']), scalar(meta['labels']), scalar(meta['depends'])))
                out.write('\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n')
    os.makedirs(os.path.join(target, 'migrations'), exist_ok=True)
    with open(os.path.join(target, 'alembic.ini'), 'w') as ini:
        ini.write('[alembic]\nscript_location = %s\nversion_path_separator = space\nversion_locations = %s\n' % (
            os.path.join(target, 'migrations'), ' '.join(os.path.join(target, l) for l in locations)))
    return locations


def main():
    sample, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as target:
        target = os.path.realpath(target)
        mirror(sample, target)
        for spec in sys.argv[3:]:
            name, command = spec.split('=', 1)
            result = subprocess.run(
                [sys.executable, '-m', 'alembic', '-c', os.path.join(target, 'alembic.ini')] + command.split(),
                stdin=subprocess.DEVNULL, capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED='0'))
            output = result.stdout if result.returncode == 0 else 'exit %d\n%s' % (result.returncode, result.stdout)
            output = re.sub(r'%s(/\S+?)\.py' % re.escape(target), r'{root}\1.java', output)
            with open(os.path.join(out_dir, name + '.txt'), 'w') as golden:
                golden.write('# alembic %s\n%s' % (command, output))


if __name__ == '__main__':
    main()
