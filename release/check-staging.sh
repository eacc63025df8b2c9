#!/usr/bin/env bash
# Checks the staging repository that `./mvnw -B -P release verify` writes to target/staging:
# every artifact Maven Central requires is there, with its checksums, and each POM is complete.
# Usage: release/check-staging.sh [STAGING_DIR]   (exit 0 when complete, 1 with the list of what is missing)
set -euo pipefail
dir="${1:-target/staging}"
missing=()
need() { [[ -n "$1" && -f "$1" ]] || missing+=("$2"); }
newest() { ls -1 "$1"/$2 2>/dev/null | grep -v -E '\.(md5|sha1|sha256|sha512|asc)$' | sort | tail -1 || true; }
for a in r2p-parent r2p-bom r2p-core r2p-rules r2p-json; do
  base="$dir/org/r2p/$a"
  vdir=$(ls -1d "$base"/*/ 2>/dev/null | tail -1 || true)
  if [[ -z "$vdir" ]]; then missing+=("$a: not staged"); continue; fi
  kinds=(".pom")
  [[ $a == r2p-core || $a == r2p-rules || $a == r2p-json ]] && kinds+=(".jar" "-sources.jar" "-javadoc.jar")
  for k in "${kinds[@]}"; do
    f=$(newest "$vdir" "$a-*$k")
    [[ $k == .jar ]] && f=$(ls -1 "$vdir"/$a-*.jar 2>/dev/null | grep -v -E -- '-(sources|javadoc)\.jar$' | sort | tail -1 || true)
    need "$f" "$a: $k"
    for c in md5 sha1; do need "${f:+$f.$c}" "$a: $k.$c"; done
    if [[ -n "$f" && -f "$f.sha1" ]] && [[ "$(cut -c1-40 "$f.sha1")" != "$(sha1sum "$f" | cut -c1-40)" ]]; then
      missing+=("$a: $k.sha1 does not match")
    fi
  done
  pom=$(newest "$vdir" "$a-*.pom")
  if [[ -n "$pom" ]]; then
    for tag in '<name>' '<description>' '<url>' '<licenses>' '<scm>' '<developers>'; do
      # a module inherits from the parent POM, which is staged too
      grep -q "$tag" "$pom" || grep -q '<parent>' "$pom" || missing+=("$a: POM without $tag")
    done
    for tag in '<name>' '<description>'; do grep -q "$tag" "$pom" || missing+=("$a: POM without $tag"); done
  fi
done
if (( ${#missing[@]} )); then
  printf 'missing: %s\n' "${missing[@]}"
  exit 1
fi
echo "staging complete: $(find "$dir" -type f | wc -l) files in $dir"
