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

. bench/prerequisites.sh
require_alembic psycopg2
require_clients
require_java

exec /usr/bin/python3 bench/upgrade.py "$@"
