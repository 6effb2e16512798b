#!/usr/bin/env bash
# Generates the Python contracts (messages, .pyi stubs, gRPC stubs) from every .proto
# under proto/ with grpcio-tools, into libs/contracts/src (or into the directory given
# as the first argument, which check.sh uses to compare). The output is deterministic:
# the generated tramita/ tree is wiped first and the files are compiled in sorted order.
set -euo pipefail
cd "$(dirname "$0")/../.."

out="${1:-libs/contracts/src}"
mkdir -p "$out"
# Everything under $out/tramita is generated; stale modules of deleted protos go too.
rm -rf "$out/tramita"

mapfile -t protos < <(cd proto && find tramita -name '*.proto' -type f | LC_ALL=C sort)
if ((${#protos[@]} == 0)); then
  echo "generate.sh: no .proto files under proto/" >&2
  exit 1
fi

uv run --frozen python -m grpc_tools.protoc -I proto \
  --python_out="$out" --pyi_out="$out" --grpc_python_out="$out" \
  "${protos[@]}"
echo "generated ${#protos[@]} proto files into $out"
