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

. bench/prerequisites.sh
require_alembic psycopg2
require_clients
require_java

exec /usr/bin/python3 bench/autogenerate.py "$@"
