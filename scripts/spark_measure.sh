#!/usr/bin/env bash
# The README's Spark measurement: the stage (examples/spark_pipe.py) on local[2] against
# `certvet batch --jobs 2` on the same file with the same binary, batch before and after
# the stage (the machine is shared: the spread between the two batch runs is the noise).
#
#   scripts/spark_measure.sh [N] [DIR]      # N requests (default 1,000,000), work in DIR
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
dir=${2:-target/spark-measure}
bin=${CERTVET_BIN:-target/x86_64-unknown-linux-gnu/release/certvet}
python=${PYTHON:-target/venv-spark/bin/python}
at=2026-01-01T00:00:00Z
mkdir -p "$dir"
input="$dir/requests-$n.jsonl"
[ -s "$input" ] || python3 scripts/gen_requests.py "$n" "$input"
echo "input: $input, $(du -h "$input" | cut -f1), $n requests; binary: $bin"

batch() {
  local start end
  start=$(date +%s.%N)
  "$bin" batch --jobs 2 --quiet --exit-zero-on-invalid --at "$at" "$input" >"$dir/batch.jsonl"
  end=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); n=int(sys.argv[3]); print(f'certvet batch --jobs 2: {s:.1f} s, {n/s:,.0f} requests/s')" "$start" "$end" "$n"
}

batch
rm -rf "$dir/stage"
start=$(date +%s.%N)
"$python" examples/spark_pipe.py "$input" --out "$dir/stage" --at "$at" --certvet "$bin" \
  --master 'local[2]' >"$dir/stage.summary" 2>"$dir/stage.err"
end=$(date +%s.%N)
tail -n1 "$dir/stage.err"
python3 -c "import sys; print(f'stage wall time (python start to exit): {float(sys.argv[2])-float(sys.argv[1]):.1f} s')" "$start" "$end"
batch
cmp -s <(cat "$dir"/stage/reports/part-* | grep -c '"Valid":true') <(grep -c '"Valid":true' "$dir/batch.jsonl") \
  && echo "valid reports: the same count in both" || echo "valid reports: counts differ"
