#!/usr/bin/env bash
# Builds buf from the Go module proxy into ~/.cache/tramita/bin (once per pinned version)
# and prints its path. Idempotent: does nothing when the pinned version is already there.
set -euo pipefail

BUF_VERSION="v1.75.0"
BIN="${TRAMITA_BIN:-$HOME/.cache/tramita/bin}"

if "$BIN/buf" --version 2>/dev/null | grep -qx "${BUF_VERSION#v}"; then
  echo "$BIN/buf"
  exit 0
fi

GO="$(command -v go || true)"
if [[ -z "$GO" && -x /usr/local/go/bin/go ]]; then
  GO=/usr/local/go/bin/go # the official Go tarball's default location
fi
if [[ -z "$GO" ]]; then
  echo "install-buf.sh: go is needed to build buf ${BUF_VERSION} (https://go.dev/dl/)" >&2
  exit 1
fi

echo "==> building buf ${BUF_VERSION} with go install (first time only)" >&2
mkdir -p "$BIN"
GOBIN="$BIN" "$GO" install "github.com/bufbuild/buf/cmd/buf@${BUF_VERSION}" >&2
echo "$BIN/buf"
