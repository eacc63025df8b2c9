#!/usr/bin/env bash
# End-to-end timings of r2p as a user runs it, every command with -Xmx256m, in one run:
#   plain Jackson, one tree per NDJSON line, counting YES votes (the reference);
#   networknt schema validation of the same records against vote-record.schema.json;
#   r2p validate (NDJSON, and the same records as one JSON array);
#   r2p review --format ndjson, and with --records (each review restating its record: no target,
#   shown for what restating the input costs);
# then the ratios to the reference (reference time / command time: 1.0 is as fast), and the
# size of `r2p review --format json` per record on the bundled history.
#
# Output goes to a file in the same temporary folder, as a user would redirect it.
#
# Usage: r2p-benchmarks/e2e.sh [COUNT]     (default 1,000,000 records; needs GNU time)
# The input is generated into a temporary folder and deleted afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
HEAP=-Xmx256m

./mvnw -B -q -pl r2p-examples,r2p-benchmarks -am package -DskipTests -Djacoco.skip=true -Dmaven.javadoc.skip=true \
  -Dmaven.source.skip=true
CLI=$(ls r2p-examples/target/r2p-examples-*-all.jar)
BENCH=r2p-benchmarks/target/benchmarks.jar
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

echo "Generating $N records..."
java -cp "$BENCH" org.r2p.benchmarks.e2e.Generate "$DIR/votes.ndjson" "$N" ndjson
java -cp "$BENCH" org.r2p.benchmarks.e2e.Generate "$DIR/votes.json" "$N" array
java -cp "$BENCH" org.r2p.benchmarks.e2e.Generate "$DIR/history.ndjson" history
echo "Input: $(du -m "$DIR/votes.ndjson" | cut -f1) MB NDJSON, $(nproc) cores, $(java -version 2>&1 | head -1)"

declare -A SECS MEM CODE LAST LINES
run() {
  local name=$1; shift
  # each command starts with nothing left to write back to disk (the generated input, the output
  # of the command before), so that none is charged for another's writing; its own output counts.
  # And each starts with its input (the last argument) read once, so that all find it as cached
  # as the machine allows, whatever ran before (two 1.9 GB inputs may not both stay cached)
  sync
  cat "${@: -1}" > /dev/null
  set +e
  /usr/bin/time -f "%e %M" -o "$DIR/time" java $HEAP "$@" > "$DIR/$name.out" 2> "$DIR/$name.err"
  CODE[$name]=$?
  set -e
  read -r SECS[$name] MEM[$name] < <(tail -1 "$DIR/time")
  LAST[$name]=$(tail -c 300 "$DIR/$name.out" | tail -1 | cut -c1-70)
  LINES[$name]=$(wc -l < "$DIR/$name.out")
  rm -f "$DIR/$name.out"
}

run reference -cp "$BENCH" org.r2p.benchmarks.e2e.PlainJackson "$DIR/votes.ndjson"
run networknt -cp "$BENCH" org.r2p.benchmarks.e2e.SchemaCheck "$DIR/votes.ndjson"
run validate -jar "$CLI" validate "$DIR/votes.ndjson"
run validate-array -jar "$CLI" validate "$DIR/votes.json"
run review-ndjson -jar "$CLI" review --format ndjson "$DIR/votes.ndjson"
run review-records -jar "$CLI" review --format ndjson --records "$DIR/votes.ndjson"

ref=${SECS[reference]}
printf '\n%-16s %9s %12s %5s %9s  %s\n' command seconds "peak MB" exit ratio "last line of output"
for name in reference networknt validate validate-array review-ndjson review-records; do
  last=${LAST[$name]}
  [[ "$name" = review-* ]] && last="${LINES[$name]} lines; $(tail -1 "$DIR/$name.err" | cut -c1-60)"
  printf '%-16s %9.1f %12d %5s %9.2f  %s\n' "$name" "${SECS[$name]}" $(( ${MEM[$name]} / 1024 )) "${CODE[$name]}" \
    "$(echo "$ref / ${SECS[$name]}" | bc -l)" "$last"
done

records=$(wc -l < "$DIR/history.ndjson")
java $HEAP -jar "$CLI" review --format json "$DIR/history.ndjson" > "$DIR/history-review.json"
bytes=$(wc -c < "$DIR/history-review.json")
echo
java $HEAP -jar "$CLI" review --format json --records "$DIR/history.ndjson" > "$DIR/history-records.json"
whole=$(wc -c < "$DIR/history-records.json")
echo "review --format json on the bundled history: $records records, $bytes bytes, $(( bytes / records )) bytes per record"
echo "  (with --records: $whole bytes, $(( whole / records )) bytes per record)"
echo "Targets: validate ratio >= 0.5 and faster than networknt; review-ndjson ratio >= 0.33; all exit 0 under $HEAP;"
echo "review --format json <= 3072 bytes per record."
