#!/usr/bin/env bash
# The spine's GPU figures in one call (issue 2): train vaswani2017-small on Multi30k en-de for at most 10
# minutes, score test_2016_flickr and test_2017_flickr with beam 5, and measure training and decoding speed
# against the plain-loop baselines. Written for the `device` tool's H100; needs the corpus carried in .data/:
#   mkdir -p .data && cp -r ../shared/data/multi30k .data/        (.data/ is git-ignored)
#   run: bash bench/gpu_spine.sh      with carry [".data"]
# Everything it measures lands in $OUT (default: ./gpu-out): results.jsonl, bench.json, hypotheses, metrics.
set -euo pipefail
OUT="${OUT:-gpu-out}"
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1 LANDMARK_DATA="${LANDMARK_DATA:-.data}"
python3 -m pip install -q --no-deps --no-build-isolation -e . >/dev/null 2>&1 || true
landmark() { python3 -m landmark "$@"; }
RUN="${RUN:-/tmp/landmark-gpu-run}"  # outside $OUT: only the small files travel back
landmark train --preset vaswani2017-small --corpus multi30k --pair en-de --out "$RUN" 2>&1 | tail -n 40
for checkpoint in best averaged; do
  landmark evaluate --run "$RUN" --split val --beam 5 --checkpoint "$checkpoint" --record "$OUT/results.jsonl" | tail -n 1
done
# Pick the checkpoint on val only; the test sets are for reporting.
pick=$(python3 -c "
import json; rows=[json.loads(l) for l in open('$OUT/results.jsonl')]
print(max(rows, key=lambda r: r['bleu'])['checkpoint'].removesuffix('.pt'))")
for split in test_2016_flickr test_2017_flickr; do
  landmark evaluate --run "$RUN" --split "$split" --beam 5 --checkpoint "$pick" --record "$OUT/results.jsonl" | tail -n 1
done
cp "$RUN"/hyps/*test_201* "$OUT"/ 2>/dev/null || true
cp "$RUN/metrics.jsonl" "$OUT/metrics.jsonl"
python3 bench/bench_nmt.py --preset vaswani2017-small --corpus multi30k --pair en-de --out "$OUT/bench.json"
python3 - "$OUT/results.jsonl" <<'PY'
import json, sys
for row in map(json.loads, open(sys.argv[1])):
    print(f"{row['split']:18} {row['checkpoint']:12} BLEU {row['bleu']:6.2f}  chrF {row['chrf']:6.2f}  train {row['train_seconds']} s")
PY
