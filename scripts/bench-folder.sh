#!/usr/bin/env bash
# Throughput of `gongkai check` over a folder of N reports (default 10,000) of every format the repository has test
# documents for (samples/*.txt, tests/corpus/{html,docx,pdf}/…). Prints the median of three runs and reports per second.
#   scripts/bench-folder.sh [N]
source "$(dirname "$0")/lib/common.sh"
build_cli
cd "$REPO_ROOT"
n="${1:-10000}"
dir=$(mktemp -d /tmp/gongkai-folder-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
mapfile -t sources < <(ls samples/*.txt tests/corpus/html/*.html tests/corpus/docx/*.docx tests/corpus/pdf/*.pdf 2>/dev/null | grep -v README)
for ((i = 0; i < n; i++)); do
  src="${sources[$((i % ${#sources[@]}))]}"
  cp "$src" "$dir/$(printf '%05d' "$i")-$(basename "$src")"
done
say "folder of $n files from ${#sources[@]} documents ($(ls "$dir" | sed 's/.*\.//' | sort | uniq -c | tr '\n' ' '))"
times=()
for run in 1 2 3; do
  start=$(date +%s.%N)
  gongkai check "$dir" --quiet --no-progress >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')")
  say "run $run: ${times[-1]} s"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
echo "gongkai check over $n files: median ${median} s = $(awk -v n="$n" -v t="$median" 'BEGIN { printf "%d", n / t }') reports per second on $(nproc) cores"
