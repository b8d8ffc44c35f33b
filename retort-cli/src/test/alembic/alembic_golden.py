#!/usr/bin/python3
"""Record Alembic's own output for a retort sample environment, as golden files.

Mirrors every revision file of a retort environment (Java or SQL headers) into an
equivalent Alembic environment, runs the given alembic commands, and writes each
command's stdout with the environment's absolute path replaced by {root} and the
.py suffix by the retort file's suffix. The CLI tests compare retort's output with
these files, so the golden files are Alembic's answers, not ours.

Commands run in order in one environment, so migrating commands (online on the fixture's SQLite file,
or --sql) see what the earlier ones did; Alembic's env.py here keeps its version rows in retort's
default table, retort_version, and SQL revisions become op.execute calls of the same statements.

usage: alembic_golden.py SAMPLE_DIR OUT_DIR 'name=heads -v' 'name2=history' ...
Needs Debian's python3-alembic. Alembic 1.8.1 (Debian's) reads a version folder in directory order;
Alembic 1.9 and later read it in sorted file-name order, which retort follows, so the runs here sort
the listing as current Alembic does.
"""
import os
import re
import subprocess
import sys
import tempfile

ANNOTATION = re.compile(r'@Revision\((.*?)\)\s*\n\s*(?:final\s+)?class', re.S)
ELEMENT = re.compile(r'(\w+)\s*=\s*(\{[^}]*\}|"(?:[^"\\]|\\.)*")', re.S)


SORTED_ALEMBIC = """
import sys
from alembic.config import main
from alembic.script.base import Script
listing = Script._list_py_dir.__func__
Script._list_py_dir = classmethod(lambda cls, scriptdir, path: sorted(listing(cls, scriptdir, path)))
main(argv=sys.argv[1:], prog='alembic')
"""


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


ENV_PY = """
from alembic import context
from sqlalchemy import create_engine

URL = %r


def run_migrations_offline():
    context.configure(url=URL, version_table='retort_version', literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    engine = create_engine(URL)
    with engine.connect() as connection:
        context.configure(connection=connection, version_table='retort_version')
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
"""


def sql_sections(text):
    """The statements of a SQL revision's upgrade and downgrade sections (one per line ending in ';')."""
    sections = {'upgrade': [], 'downgrade': []}
    current = None
    for line in text.splitlines():
        marker = re.match(r'--\s*retort:(upgrade|downgrade)', line)
        if marker:
            current = sections[marker.group(1)]
        elif current is not None and line.strip() and not line.startswith('--'):
            current.append(line.strip().rstrip(';'))
    return sections


def body(statements):
    return ''.join('    op.execute(%r)\n' % s for s in statements) or '    pass\n'


def sql_metadata(text):
    header = {}
    message = []
    for line in text.splitlines():
        if not line.startswith('--') or line.startswith('-- retort:'):
            break
        content = line[2:].strip()
        match = re.match(r'(Revision ID|Revises|Branch labels|Depends on|Create Date):\s*(.*)', content)
        if match:
            header[match.group(1)] = match.group(2)
        elif not header:
            message.append(line[3:] if line.startswith('-- ') else line[2:])
    split = lambda v: [x.strip() for x in (v or '').split(',') if x.strip()]
    return {
        'id': header['Revision ID'],
        'revises': split(header.get('Revises')),
        'labels': split(header.get('Branch labels')),
        'depends': split(header.get('Depends on')),
        'message': '\n'.join(message).strip() or 'empty message',
        'date': header.get('Create Date', ''),
    }


def scalar(values):
    if not values:
        return 'None'
    return repr(values[0]) if len(values) == 1 else repr(tuple(values))


SUFFIXES = {}


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
                meta['sections'] = {'upgrade': [], 'downgrade': []}
            elif name.endswith('.sql'):
                meta = sql_metadata(text)
                meta['sections'] = sql_sections(text)
            else:
                continue
            stem, suffix = os.path.splitext(name)
            SUFFIXES[os.path.join(location, stem)] = suffix
            with open(os.path.join(dest, stem + '.py'), 'w') as out:
                # Alembic's template's docstring, which retort rebuilds from the metadata of both formats.
                docstring = '%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n' % (
                    meta['message'], meta['id'], ', '.join(meta['revises']), meta['date'])
                out.write('"""%s\n"""\n' % docstring.replace('\\', '\\\\').replace('"""', '\\"\\"\\"'))
                out.write('revision = %r\ndown_revision = %s\nbranch_labels = %s\ndepends_on = %s\n' % (
                    meta['id'], scalar(meta['revises']), scalar(meta['labels']), scalar(meta['depends'])))
                out.write('\nfrom alembic import op\n\n\ndef upgrade():\n%s\n\ndef downgrade():\n%s' % (
                    body(meta['sections']['upgrade']), body(meta['sections']['downgrade'])))
    os.makedirs(os.path.join(target, 'migrations'), exist_ok=True)
    url = re.search(r'^url\s*=\s*"(.*)"', config, re.M)
    with open(os.path.join(target, 'migrations', 'env.py'), 'w') as env:
        env.write(ENV_PY % (url.group(1) if url else 'sqlite:///graph.db'))
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
                [sys.executable, '-c', SORTED_ALEMBIC, '-c', os.path.join(target, 'alembic.ini')] + command.split(),
                stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=target,
                env=dict(os.environ, PYTHONHASHSEED='0'))
            output = result.stdout if result.returncode == 0 else 'exit %d\n%s' % (result.returncode, result.stdout)
            output = re.sub(r'%s/(\S+?)\.py' % re.escape(target),
                            lambda m: '{root}/%s%s' % (m.group(1), SUFFIXES[m.group(1)]), output)
            with open(os.path.join(out_dir, name + '.txt'), 'w') as golden:
                golden.write('# alembic %s\n%s' % (command, output))


if __name__ == '__main__':
    main()
