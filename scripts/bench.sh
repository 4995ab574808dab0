#!/usr/bin/env bash
# Benchmarks (BenchmarkDotNet). Prints medians, and for parse+audit the reports per second per core.
#   scripts/bench.sh                           every benchmark (several minutes)
#   scripts/bench.sh --filter '*ParseAudit*'   only those matching
source "$(dirname "$0")/lib/common.sh"
ensure_dotnet
cd "$REPO_ROOT"
if [ "$#" -eq 0 ]; then set -- --filter '*'; fi
dotnet run -c Release --project bench/Gongkai.Benchmarks -- "$@"
