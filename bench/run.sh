#!/usr/bin/env bash
# The one entry point of the benchmarks: installs what they need, runs the figures asked for and rewrites their
# sections of docs/benchmarks.md. Figures:
#   upgrade         retort vs Alembic vs the raw script: `upgrade head` of 1,000 revisions, no-op on 5,000
#                   (bench/upgrade.py)
#   graph-commands  `heads` and `history` on 5,000 revisions, linear and branchy (bench/graph_commands.py)
#   autogenerate    autogenerate on 500 tables (bench/autogenerate.py)
#   apply           retort, Alembic, Flyway, Liquibase and the raw script: N migrations from an empty
#                   database on SQLite, PostgreSQL and MariaDB (bench/peers.py)
#   status          current / info / status, migrate with nothing to do, validate on N applied (bench/peers.py)
#   downgrade       `downgrade base` of retort and Alembic, Liquibase `rollback-count` (bench/peers.py)
#   sql             the offline script: `upgrade head --sql`, Liquibase `update-sql` (bench/peers.py)
#   graph-sizes     `heads` and `history` on 100 and 1,000 revisions (bench/small_commands.py)
#   startup         `--version` and `--help` (bench/small_commands.py)
#   javac           Java revisions compiled cold and cached (bench/small_commands.py)
#   jmh             JMH micro-benchmarks of header parsing and graph resolution, 10,000 revisions
#                   (bench/jmh, built with the root pom's -Pbench; bench/small_commands.py)
# Within a figure every contender runs once per round, in a fixed order (A, B, C, A, B, C, ...).
#
#   bench/run.sh [--figures LIST] [--runs N] [--quick] [--databases sqlite,postgresql,mariadb]
#                [--status-databases postgresql] [--downgrade-databases sqlite,postgresql]
#                [--apply-counts 100,1000] [--status-counts 100,1000,5000] [--downgrade-counts 100,1000]
#                [--sql-counts 1000,5000] [--graph-counts 100,1000] [--javac-count 1000]
#                [--pg-url postgresql://postgres@127.0.0.1:5432] [--mariadb-url mariadb://root@127.0.0.1:3306]
#                [--no-doc]
#
# --figures defaults to every figure; --runs to each figure's own default; --quick is one round of small
# counts (a smoke test: the doc sections it writes say so).
set -euo pipefail
cd "$(dirname "$0")/.."

# The comment at the top, on stdout: --help prints it there, a mistake sends it to stderr.
usage() {
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
}
# An option that takes a value must have one: `--runs` last on the line would otherwise fail on `$2`.
needs_value() {
    [ $# -ge 2 ] || { echo "bench/run.sh: $1 needs a value" >&2; usage >&2; exit 2; }
}

all="upgrade,graph-commands,autogenerate,apply,status,downgrade,sql,graph-sizes,startup,javac,jmh"
figures="$all" runs="" quick="" no_doc="" databases="" status_databases="" downgrade_databases=""
apply_counts="" status_counts="" downgrade_counts="" sql_counts="" graph_counts="" javac_count=""
pg_url="postgresql://postgres@127.0.0.1:5432" mariadb_url="mariadb://root@127.0.0.1:3306"
invocation="bench/run.sh"
for arg in "$@"; do
    if [[ "$arg" =~ ^[A-Za-z0-9_,./:=@+-]+$ ]]; then invocation="$invocation $arg"; else invocation="$invocation $(printf '%q' "$arg")"; fi
done
while [ $# -gt 0 ]; do
    case "$1" in
        --figures) needs_value "$@"; figures="$2"; shift 2 ;;
        --runs) needs_value "$@"; runs="$2"; shift 2 ;;
        --quick) quick=1; shift ;;
        --databases) needs_value "$@"; databases="$2"; shift 2 ;;
        --status-databases) needs_value "$@"; status_databases="$2"; shift 2 ;;
        --downgrade-databases) needs_value "$@"; downgrade_databases="$2"; shift 2 ;;
        --apply-counts) needs_value "$@"; apply_counts="$2"; shift 2 ;;
        --status-counts) needs_value "$@"; status_counts="$2"; shift 2 ;;
        --downgrade-counts) needs_value "$@"; downgrade_counts="$2"; shift 2 ;;
        --sql-counts) needs_value "$@"; sql_counts="$2"; shift 2 ;;
        --graph-counts) needs_value "$@"; graph_counts="$2"; shift 2 ;;
        --javac-count) needs_value "$@"; javac_count="$2"; shift 2 ;;
        --pg-url) needs_value "$@"; pg_url="$2"; shift 2 ;;
        --mariadb-url) needs_value "$@"; mariadb_url="$2"; shift 2 ;;
        --no-doc) no_doc=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "bench/run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done
for figure in ${figures//,/ }; do
    [[ ",$all," == *",$figure,"* ]] || { echo "bench/run.sh: unknown figure $figure (figures: $all)" >&2; exit 2; }
done
if [ -n "$quick" ]; then
    runs="${runs:-1}"
    apply_counts="${apply_counts:-30}" status_counts="${status_counts:-100}" downgrade_counts="${downgrade_counts:-30}"
    sql_counts="${sql_counts:-100}" graph_counts="${graph_counts:-100}" javac_count="${javac_count:-30}"
fi
# run.sh's own default (peers.py's alone is 5000), set only now so that --quick can tell it from a given one.
status_counts="${status_counts:-100,1000,5000}"

wants() { [[ ",$figures," == *",$1,"* ]]; }
# upgrade and autogenerate run on SQLite and PostgreSQL only: they get --databases without mariadb, and are
# left out when nothing else is left (rather than writing sections that measured nothing).
sqlite_pg_databases=""
for database in ${databases//,/ }; do
    [ "$database" = mariadb ] || sqlite_pg_databases="$sqlite_pg_databases,$database"
done
sqlite_pg_databases="${sqlite_pg_databases#,}"
if [ -n "$databases" ] && [ -z "$sqlite_pg_databases" ]; then
    skipped=""
    for figure in upgrade autogenerate; do
        wants "$figure" && skipped="$skipped, $figure"
    done
    [ -z "$skipped" ] || echo "bench/run.sh: skipping ${skipped#, }: --databases $databases names neither sqlite" \
        "nor postgresql, the only databases of these figures" >&2
    figures=",$figures,"
    figures="${figures//,upgrade,/,}"
    figures="${figures//,autogenerate,/,}"
fi

. bench/prerequisites.sh
require_alembic psycopg2 pymysql
require_clients
require_mariadb_client
require_java

# Options of the figures of one script, each only when given.
common=(${runs:+--runs "$runs"} ${no_doc:+--no-doc})
py=/usr/bin/python3

if wants upgrade; then
    args=("${common[@]}" --pg-url "$pg_url" --invocation "$invocation" ${quick:+--quick})
    [ -n "$runs" ] && args+=(--noop-runs "$runs")
    [ -n "$quick" ] && args+=(--count 100 --noop-count 500)
    [ -n "$databases" ] && args+=(--databases "$sqlite_pg_databases")
    $py bench/upgrade.py "${args[@]}"
fi
if wants graph-commands; then
    args=("${common[@]}" --invocation "$invocation" ${quick:+--quick})
    [ -n "$quick" ] && args+=(--count 1000 --cold-runs 0)
    $py bench/graph_commands.py "${args[@]}"
fi
if wants autogenerate; then
    args=("${common[@]}" --pg-url "$pg_url" --invocation "$invocation" ${quick:+--quick})
    [ -n "$quick" ] && args+=(--count 50)
    [ -n "$databases" ] && args+=(--databases "$sqlite_pg_databases")
    $py bench/autogenerate.py "${args[@]}"
fi
peer_figures=""
for figure in apply status downgrade sql; do
    wants "$figure" && peer_figures="$peer_figures,$figure"
done
if [ -n "$peer_figures" ]; then
    args=("${common[@]}" --figures "${peer_figures#,}" --pg-url "$pg_url" --mariadb-url "$mariadb_url"
          --status-counts "$status_counts" --invocation "$invocation" ${quick:+--quick})
    [ -n "$databases" ] && args+=(--databases "$databases")
    [ -n "$status_databases" ] && args+=(--status-databases "$status_databases")
    [ -n "$downgrade_databases" ] && args+=(--downgrade-databases "$downgrade_databases")
    [ -n "$apply_counts" ] && args+=(--apply-counts "$apply_counts")
    [ -n "$downgrade_counts" ] && args+=(--downgrade-counts "$downgrade_counts")
    [ -n "$sql_counts" ] && args+=(--sql-counts "$sql_counts")
    $py bench/peers.py "${args[@]}"
fi
small_figures=""
for figure in graph-sizes startup javac jmh; do
    wants "$figure" && small_figures="$small_figures,$figure"
done
if [ -n "$small_figures" ]; then
    args=("${common[@]}" --figures "${small_figures#,}" --pg-url "$pg_url" --invocation "$invocation" ${quick:+--quick})
    [ -n "$graph_counts" ] && args+=(--graph-counts "$graph_counts")
    [ -n "$javac_count" ] && args+=(--javac-count "$javac_count")
    $py bench/small_commands.py "${args[@]}"
fi
