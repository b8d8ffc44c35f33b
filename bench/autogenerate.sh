#!/usr/bin/env bash
# Benchmark: autogenerate of retort against Alembic on a 500-table schema (8 columns, 1-2 indexes, a unique
# constraint and a foreign key per table), on SQLite and PostgreSQL: a database identical to the models
# (`retort check` and `retort revision --autogenerate` against `alembic revision --autogenerate`, none of
# which may find a difference) and an empty one (both tools' `revision --autogenerate`). Installs what is
# missing (Debian packages), generates both environments under bench/work/, times the tools alternately
# and rewrites its own section of docs/benchmarks.md.
#
#   bench/autogenerate.sh [--runs N] [--count N] [--databases sqlite,postgresql]
#                         [--pg-url postgresql://postgres@127.0.0.1:5432] [--no-doc]
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

exec /usr/bin/python3 bench/autogenerate.py "$@"
