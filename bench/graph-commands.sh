#!/usr/bin/env bash
# Benchmark: `retort heads` and `retort history` against `alembic heads` and `alembic history` on
# generated 5,000-revision graphs. Installs what is missing (Debian packages), generates the graphs
# under bench/work/, times both tools alternately and rewrites its own section of docs/benchmarks.md.
#
#   bench/graph-commands.sh [--runs N] [--cold-runs N] [--count N] [--seed N] [--shapes linear,branchy]
#                           [--alembic-only] [--no-doc]
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/prerequisites.sh
require_alembic
if [[ " $* " != *" --alembic-only "* ]]; then
    require_java
fi

exec /usr/bin/python3 bench/graph_commands.py "$@"
