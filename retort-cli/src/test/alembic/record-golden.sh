#!/usr/bin/env bash
# Records Alembic's output for every fixture's commands.txt into its golden/ folder.
# Run after changing a fixture; needs Debian's python3-alembic.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../resources/fixtures"
for fixture in "$fixtures"/*/; do
    rm -rf "$fixture/golden"
    mapfile -t commands < <(grep -v '^\s*#' "$fixture/commands.txt" | grep -v '^\s*$')
    /usr/bin/python3 "$here/alembic_golden.py" "$fixture/env" "$fixture/golden" "${commands[@]}"
done
