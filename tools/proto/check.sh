#!/usr/bin/env bash
# Checks the contracts: buf lint, buf format, buf breaking against main (or, on main,
# against the previous commit), and that the committed generated code in
# libs/contracts/src is what tools/proto/generate.sh produces from proto/.
set -euo pipefail
cd "$(dirname "$0")/../.."

buf="$(tools/proto/install-buf.sh)"

echo "==> buf lint"
"$buf" lint

echo "==> buf format"
if ! "$buf" format -d --exit-code; then
  echo "proto files are not formatted: run $buf format -w" >&2
  exit 1
fi

echo "==> buf breaking"
# Which commit to compare with: main when on another branch (or detached, as in CI),
# else the previous commit.
branch="$(git rev-parse --abbrev-ref HEAD 2>/dev/null || echo HEAD)"
if [[ "$branch" != main ]] && git rev-parse -q --verify refs/heads/main >/dev/null; then
  base=main against=".git#branch=main"
elif [[ "$branch" != main ]] && git rev-parse -q --verify refs/remotes/origin/main >/dev/null; then
  base=origin/main against=".git#ref=origin/main"
else
  base=HEAD~1 against=".git#ref=HEAD~1"
fi
if ! git rev-parse -q --verify "$base^{commit}" >/dev/null; then
  echo "no earlier commit ($base) to compare with (first commit or shallow clone): nothing to compare"
elif ! git cat-file -e "$base:proto" 2>/dev/null; then
  echo "$base has no proto/: nothing to compare"
else
  # The base may predate buf.yaml: read it with today's module layout.
  "$buf" breaking --against "$against" --against-config buf.yaml
  echo "no breaking changes against $base"
fi

echo "==> generated code"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tools/proto/generate.sh "$tmp" >/dev/null
if ! diff -r -x __pycache__ "$tmp/tramita" libs/contracts/src/tramita; then
  echo "generated code is stale: run make proto" >&2
  exit 1
fi
echo "contracts OK"
