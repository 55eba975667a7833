#!/usr/bin/env bash
# The Spark measurement (examples/README.md): the stage (examples/spark_pipe.py) on
# local[2], with each engine (ENGINES, default "pipe package": a `certvet batch` process
# per partition, or mapPartitions + the Python package's check_many), against
# `certvet batch --jobs 2` on the same file with the same binary, batch before and after
# each stage (the machine is shared: the spread between batch runs is the noise). Each
# batch run also prints its peak RSS (GNU time), for the 1M-against-10k memory check.
#
#   scripts/spark_measure.sh [N] [DIR]      # N requests (default 1,000,000), work in DIR
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
dir=${2:-target/spark-measure}
bin=${CERTVET_BIN:-target/x86_64-unknown-linux-gnu/release/certvet}
[ -x "$bin" ] || bin=target/release/certvet
engines=${ENGINES:-pipe package}
python=${PYTHON:-target/venv-spark/bin/python}
at=2026-01-01T00:00:00Z
mkdir -p "$dir"
input="$dir/requests-$n.jsonl"
[ -s "$input" ] || python3 scripts/gen_requests.py "$n" "$input"
echo "input: $input, $(du -h "$input" | cut -f1), $n requests; binary: $bin"

batch() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$dir/batch.rss" \
    "$bin" batch --jobs 2 --quiet --summary --exit-zero-on-invalid --at "$at" "$input" \
    >"$dir/batch.jsonl" 2>"$dir/batch.summary"
  end=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); n=int(sys.argv[3]); print(f'certvet batch --jobs 2: {s:.1f} s, {n/s:,.0f} requests/s, peak RSS {int(sys.argv[4])/1024:.1f} MiB, load {sys.argv[5]}')" \
    "$start" "$end" "$n" "$(tail -n1 "$dir/batch.rss")" "$(cut -d' ' -f1 /proc/loadavg)"
}

stage() {
  local engine=$1 start end
  rm -rf "$dir/stage-$engine"
  start=$(date +%s.%N)
  "$python" examples/spark_pipe.py "$input" --out "$dir/stage-$engine" --at "$at" --certvet "$bin" \
    --engine "$engine" --master 'local[2]' >"$dir/stage-$engine.summary" 2>"$dir/stage-$engine.err"
  end=$(date +%s.%N)
  echo "stage --engine $engine: $(tail -n1 "$dir/stage-$engine.err")"
  python3 -c "import sys; print(f'  wall time (python start to exit): {float(sys.argv[2])-float(sys.argv[1]):.1f} s, load {sys.argv[3]}')" \
    "$start" "$end" "$(cut -d' ' -f1 /proc/loadavg)"
  if cmp -s <(cat "$dir/stage-$engine"/reports/part-* | grep -c '"Valid":true') \
      <(grep -c '"Valid":true' "$dir/batch.jsonl"); then
    echo "  valid reports: the same count as batch's"
  else
    echo "  valid reports: counts differ from batch's"
  fi
  cmp -s "$dir/stage-$engine.summary" "$dir/batch.summary" && echo "  summary: the same as certvet batch --summary" || echo "  summary: differs"
  rm -rf "$dir/stage-$engine/reports"
}

batch
for engine in $engines; do
  stage "$engine"
  batch
done
