#!/usr/bin/env bash
# The main job: build Gongkai and check the sample reports shipped in samples/.
#   scripts/run.sh                 check every sample, then the 2024 sample against its 2023 predecessor
#   scripts/run.sh <gongkai args>  run the command line with your own arguments, e.g. scripts/run.sh check my-reports/
source "$(dirname "$0")/lib/common.sh"
build_cli
cd "$REPO_ROOT"

if [ "$#" -gt 0 ]; then
  gongkai "$@"
  exit $?
fi

say "== gongkai check samples/ (the defect-* samples are meant to fail)"
set +e
gongkai check samples/ --no-progress
code=$?
say ""
say "== gongkai check samples/pair-2024-heyang-stats.txt --prior samples/pair-2023-heyang-stats.txt (cross-year rules)"
gongkai check samples/pair-2024-heyang-stats.txt --prior samples/pair-2023-heyang-stats.txt
pair=$?
set -e
say ""
say "exit codes: samples $code, pair $pair (0 = no errors, 1 = errors found, 2 = unreadable input or bad usage)"
# errors in the defect samples are the point of the demonstration; only a crash or unreadable input fails the job
if [ "$code" -gt 1 ] || [ "$pair" -gt 1 ]; then exit 2; fi
exit 0
