#!/usr/bin/env bash
# `make demo`: runs the quickstart in a fresh catalog folder and shows that it persisted.
set -euo pipefail
build_dir="${1:-build}"
catalog_dir=$(mktemp -d /tmp/sluice-demo.XXXXXX)
trap 'rm -rf "$catalog_dir"' EXIT
echo "== examples/quickstart.sql (catalog in $catalog_dir) =="
"$build_dir/sluice" --catalog "$catalog_dir" -f examples/quickstart.sql
echo
echo "== A second sluice process on the same catalog sees the models =="
"$build_dir/sluice" --catalog "$catalog_dir" -e "SHOW MODELS; SHOW MODEL VERSIONS sentiment;"
