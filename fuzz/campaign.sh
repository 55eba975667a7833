#!/usr/bin/env bash
# A fuzzing campaign you can repeat: every target (or the ones named) for MINUTES each,
# one after the other, then the committed corpus of each merged with what the run found
# and minimised (libFuzzer -merge=1, as `cargo fuzz cmin`). Prints, per target, the
# executions, the coverage (libFuzzer's cov/ft counters) before and after, the new
# units, the corpus size before and after minimising, and the findings (crashes, leaks,
# timeouts, differential disagreements: each in fuzz/artifacts/TARGET/).
#
#   fuzz/campaign.sh [MINUTES] [TARGET...]      (default: 20 minutes, every target)
#
# Run it nice'd on a shared machine: `nice -n 10 fuzz/campaign.sh 5`. A target that
# finds something is restarted for the rest of its time (at most 5 findings a target);
# reproduce one with `cargo fuzz run TARGET fuzz/artifacts/TARGET/crash-...`.
#
# Each target runs a private copy of its binary, built when the target starts, so several
# campaigns can run at once (on different targets) while the tree is edited: a restart
# after a finding, or the merge, never rebuilds or waits for cargo's lock, and a target's
# whole run is one build. A target whose build fails runs the campaign's first build.
set -euo pipefail
cd "$(dirname "$0")"
MINUTES=${1:-20}
shift || true
export RUSTC_BOOTSTRAP=1
# What `cargo fuzz run` sets for the address sanitizer, as the binaries run directly.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_odr_violation=0
cargo fuzz build -O >/dev/null 2>&1 || cargo fuzz build -O
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(cargo fuzz list); fi
work=$(mktemp -d "${TMPDIR:-/tmp}/certvet-campaign.XXXXXX")
trap 'rm -rf "$work"' EXIT
bin=target/x86_64-unknown-linux-gnu/release
mkdir -p "$work/bin0"
for t in "${targets[@]}"; do cp "$bin/$t" "$work/bin0/"; done
table=$work/table
printf '| target | minutes | executions | cov start -> end | ft start -> end | new units | corpus before -> after (bytes after) | findings |\n' >"$table"
printf '|---|---|---|---|---|---|---|---|\n' >>"$table"
# Findings are the artifacts of a failed run (crash-, leak-, timeout-, oom-); libFuzzer's
# slow-unit-* files (over 10 s once, often a loaded machine) are counted apart.
findings_in() { find "artifacts/$1" -type f ! -name 'slow-unit-*' | wc -l; }
stat_of() { grep -h "^stat::$1" "$2" 2>/dev/null | awk '{s += $2} END {print s + 0}'; }
for t in "${targets[@]}"; do
  mkdir -p "$work/$t/new" "$work/$t/min" "corpus/$t" "artifacts/$t"
  if cargo fuzz build -O "$t" >"$work/$t/build.log" 2>&1; then
    cp "$bin/$t" "$work/$t/fuzzer"
  else
    echo "  $t: build failed (tail of the log below); running the campaign's first build"
    tail -n 5 "$work/$t/build.log"
    cp "$work/bin0/$t" "$work/$t/fuzzer"
  fi
  echo "  $t: fuzzing from $(date -u +%H:%M:%S) UTC"
  before=$(find "corpus/$t" -type f | wc -l)
  artifacts_before=$(findings_in "$t")
  deadline=$(( $(date +%s) + MINUTES * 60 ))
  start=$(date +%s)
  runs=0
  : >"$work/$t/all.log"
  while :; do
    left=$(( deadline - $(date +%s) ))
    [ "$left" -gt 5 ] || break
    runs=$((runs + 1))
    seen=$(findings_in "$t")
    # New units go to the scratch dir (the first); the committed corpus is only read.
    if "$work/$t/fuzzer" -artifact_prefix="artifacts/$t/" "$work/$t/new" "corpus/$t" -max_total_time="$left" \
        -rss_limit_mb=2048 -timeout=60 -print_final_stats=1 >"$work/$t/run.log" 2>&1; then
      cat "$work/$t/run.log" >>"$work/$t/all.log"
      break
    fi
    cat "$work/$t/run.log" >>"$work/$t/all.log"
    grep -m3 -E 'panicked at|^diff_|ERROR: libFuzzer' "$work/$t/run.log" | sed "s/^/  $t: /" || true
    [ "$(( $(findings_in "$t") - artifacts_before ))" -lt 5 ] || break
    # A failure that left no new artifact is one already known (an input in the corpus
    # that this build fails on): a restart would only fail on it again.
    if [ "$(findings_in "$t")" -eq "$seen" ]; then
      echo "  $t: failed again on a known input; stopped"
      break
    fi
  done
  minutes=$(awk -v s="$(( $(date +%s) - start ))" 'BEGIN {printf "%.1f", s / 60}')
  execs=$(stat_of number_of_executed_units "$work/$t/all.log")
  new_units=$(stat_of new_units_added "$work/$t/all.log")
  cov0=$(grep -m1 -oE 'INITED cov: [0-9]+ ft: [0-9]+' "$work/$t/all.log" | awk '{print $3, $5}')
  cov1=$(grep -oE '^#[0-9]+.*cov: [0-9]+ ft: [0-9]+' "$work/$t/all.log" | tail -1 |
    grep -oE 'cov: [0-9]+ ft: [0-9]+' | awk '{print $2, $4}')
  # Merge: the committed corpus plus the new units, minimised into an empty dir.
  "$work/$t/fuzzer" -artifact_prefix="artifacts/$t/" "$work/$t/min" "corpus/$t" "$work/$t/new" -merge=1 -rss_limit_mb=2048 \
    -timeout=60 >"$work/$t/merge.log" 2>&1 || { tail -n 20 "$work/$t/merge.log"; continue; }
  if [ "$(find "$work/$t/min" -type f | wc -l)" -gt 0 ]; then
    # Regression seeds (regress-*) and hand-made seeds (seed-*) stay under their names even
    # when they add no coverage: tests/contract/corpus.rs, tests/contract/coverage.rs and
    # the class tests read them by name.
    mkdir -p "$work/$t/keep"
    find "corpus/$t" -maxdepth 1 -type f \( -name 'regress-*' -o -name 'seed-*' \) -exec cp {} "$work/$t/keep/" \;
    rm -rf "corpus/$t"
    mkdir -p "corpus/$t"
    cp "$work/$t/min/." "corpus/$t/" -r
    for f in "$work/$t/keep"/*; do
      [ -e "$f" ] || continue
      cmp -s "$f" "corpus/$t/$(sha1sum "$f" | cut -c1-40)" && rm -f "corpus/$t/$(sha1sum "$f" | cut -c1-40)"
      cp "$f" "corpus/$t/"
    done
  fi
  after=$(find "corpus/$t" -type f | wc -l)
  bytes=$(du -sb "corpus/$t" | cut -f1)
  findings=$(( $(findings_in "$t") - artifacts_before ))
  slow=$(find "artifacts/$t" -type f -name 'slow-unit-*' -newer "$work/$t/build.log" | wc -l)
  [ "$slow" -eq 0 ] || findings="$findings (+ $slow slow units)"
  printf '| `%s` | %s | %s | %s -> %s | %s -> %s | %s | %s -> %s (%s) | %s |\n' "$t" "$minutes" "$execs" \
    "${cov0% *}" "${cov1% *}" "${cov0#* }" "${cov1#* }" "$new_units" "$before" "$after" "$bytes" \
    "$findings" >>"$table"
  tail -n 1 "$table"
done
echo
cat "$table"
