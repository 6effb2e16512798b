#!/usr/bin/env bash
# Builds helm (go install, cached in ~/go and ~/.cache/tramita/bin) and lints the chart.
set -euo pipefail
cd "$(dirname "$0")/../.."
HELM_VERSION="v3.16.4"
BIN="$HOME/.cache/tramita/bin"
if ! "$BIN/helm" version --short 2>/dev/null | grep -q "${HELM_VERSION}"; then
  echo "==> building helm ${HELM_VERSION} with go install (first time only)"
  GOBIN="$BIN" go install -ldflags "-X helm.sh/helm/v3/internal/version.version=${HELM_VERSION}" \
    "helm.sh/helm/v3/cmd/helm@${HELM_VERSION}"
fi
"$BIN/helm" lint --strict deploy/helm/tramita
"$BIN/helm" template tramita deploy/helm/tramita > /dev/null
"$BIN/helm" template tramita deploy/helm/tramita --set services.requests.enabled=false > /dev/null
echo "helm chart OK"
