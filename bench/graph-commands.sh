#!/usr/bin/env bash
# Benchmark: `retort heads` and `retort history` against `alembic heads` and `alembic history` on
# generated 5,000-revision graphs. Installs what is missing (Debian packages), generates the graphs
# under bench/work/, times both tools alternately and rewrites its own section of docs/benchmarks.md.
#
#   bench/graph-commands.sh [--runs N] [--cold-runs N] [--count N] [--seed N] [--shapes linear,branchy]
#                           [--alembic-only] [--no-doc]
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
env -u PYTHONPATH -u PYTHONHOME /usr/bin/python3 -c 'import alembic, sqlalchemy' 2>/dev/null \
    || apt_install python3-alembic python3-sqlalchemy
if [[ " $* " != *" --alembic-only "* ]]; then
    command -v java >/dev/null && command -v javac >/dev/null || apt_install openjdk-17-jdk-headless
    command -v mvn >/dev/null || apt_install maven
fi

exec /usr/bin/python3 bench/graph_commands.py "$@"
