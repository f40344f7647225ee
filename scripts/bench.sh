#!/usr/bin/env bash
# Times `sitrep extract` end to end on a corpus generated from testdata/articles
# (N MB of JSONL, default 20), on one core and on two, with peak RSS from
# /usr/bin/time -v. Usage: scripts/bench.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-20}
out=${TMPDIR:-/tmp}/sitrep-bench
mkdir -p "$out"
go build -o "$out/sitrep" ./cmd/sitrep
corpus="$out/corpus-${mb}mb.jsonl"
if [ ! -s "$corpus" ]; then
  python3 - "$mb" "$corpus" <<'PY'
import json, sys, glob, re
mb, path = int(sys.argv[1]), sys.argv[2]
texts = []
for f in sorted(glob.glob("testdata/articles/*.txt")):
    t = open(f, encoding="utf-8").read()
    t = re.sub(r"\A---\n.*?\n---\n", "", t, flags=re.S)
    texts.append(t)
n, i = 0, 0
with open(path, "w", encoding="utf-8") as w:
    while n < mb * 1_000_000:
        t = texts[i % len(texts)]
        line = json.dumps({"id": f"a{i}", "text": t, "published": "2019-05-06"}) + "\n"
        w.write(line); n += len(line); i += 1
PY
fi
# "1 1": one core (GOMAXPROCS=1: the reader, writer and GC share it), one
# worker; "2 2": two cores, two workers
for run in "1 1" "2 2"; do
  set -- $run
  GOMAXPROCS=$1 /usr/bin/time -v "$out/sitrep" extract --quiet -j "$2" "$corpus" 2> "$out/time-$2.txt" > /dev/null || true
  secs=$(grep "Elapsed (wall clock)" "$out/time-$2.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$out/time-$2.txt" | awk '{print $NF}')
  bytes=$(stat -c %s "$corpus")
  mbs=$(echo "$secs" | awk -F: -v b="$bytes" '{s=0; for(i=1;i<=NF;i++) s=s*60+$i; printf "%.1f", b/1e6/s}')
  echo "corpus=${mb}MB cores=$1 workers=$2 wall=$secs MB/s=$mbs peak_rss_kb=$rss"
done
