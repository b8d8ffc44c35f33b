#!/usr/bin/env bash
# Benchmark: `upgrade head` of retort against Alembic and against the same SQL run raw by sqlite3 / psql,
# on SQLite and PostgreSQL: 1,000 small revisions from an empty database (Java revisions compiled cold and
# cached, SQL revisions), and `upgrade head` with nothing to do on 5,000 applied revisions. Installs what is
# missing (Debian packages), generates the revisions under bench/work/, times the tools alternately and
# rewrites its own section of docs/benchmarks.md.
#
#   bench/upgrade.sh [--runs N] [--noop-runs N] [--count N] [--noop-count N] [--databases sqlite,postgresql]
#                    [--pg-url postgresql://postgres@127.0.0.1:5432] [--no-doc]
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing $* ..." >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2 \
        || { $sudo apt-get update -q >&2 && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2; }
}

[ -x /usr/bin/python3 ] || apt_install python3
# Debian's Alembic 1.8.1 lives in /usr/bin/python3's dist-packages (there is no `alembic` script).
env -u PYTHONPATH -u PYTHONHOME /usr/bin/python3 -c 'import alembic, sqlalchemy, psycopg2' 2>/dev/null \
    || apt_install python3-alembic python3-sqlalchemy python3-psycopg2
command -v sqlite3 >/dev/null || apt_install sqlite3
command -v psql >/dev/null || apt_install postgresql-client
command -v java >/dev/null && command -v javac >/dev/null || apt_install openjdk-17-jdk-headless
command -v mvn >/dev/null || apt_install maven

exec /usr/bin/python3 bench/upgrade.py "$@"
