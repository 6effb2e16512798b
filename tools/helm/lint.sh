#!/usr/bin/env bash
# Builds helm (go install, cached in ~/go and ~/.cache/tramita/bin), lints the chart and
# renders it in several variants (defaults, every toggle on, each optional service, minimal).
set -euo pipefail
cd "$(dirname "$0")/../.."
HELM_VERSION="v3.16.4"
BIN="$HOME/.cache/tramita/bin"
CHART=deploy/helm/tramita
ALL_ON=tools/helm/values-all-on.yaml
# helm built with go install reports Kubernetes v1.20 by default; render for a supported one.
KUBE_VERSION="1.30.0"
if ! "$BIN/helm" version --short 2>/dev/null | grep -q "${HELM_VERSION}"; then
  echo "==> building helm ${HELM_VERSION} with go install (first time only)"
  GOBIN="$BIN" go install -ldflags "-X helm.sh/helm/v3/internal/version.version=${HELM_VERSION}" \
    "helm.sh/helm/v3/cmd/helm@${HELM_VERSION}"
fi
helm() { "$BIN/helm" "$@"; }

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

echo "==> helm lint --strict (defaults, all toggles on)"
helm lint --strict --kube-version "$KUBE_VERSION" "$CHART"
helm lint --strict --kube-version "$KUBE_VERSION" "$CHART" -f "$ALL_ON"

# name | helm template arguments
variants=(
  "defaults|"
  "all-on|-f $ALL_ON"
  "requests|--set services.requests.enabled=true"
  "alerts|--set services.alerts.enabled=true"
  "minimal|--set networkPolicy.enabled=false --set migrations.enabled=false --set metrics.dashboards.enabled=false --set metrics.podAnnotations=false --set serviceAccount.create=false --set defaults.replicas=1 --set defaults.topologySpread=false"
  "no-gateway|--set services.gateway.enabled=false --set ingress.enabled=true"
)
for variant in "${variants[@]}"; do
  name="${variant%%|*}"
  args="${variant#*|}"
  echo "==> helm template ($name)"
  # shellcheck disable=SC2086
  helm template tramita "$CHART" --namespace tramita --kube-version "$KUBE_VERSION" $args > "$OUT/$name.yaml"
done

echo "==> checking the rendered manifests"
# Any Python 3 does; one with PyYAML also parses every manifest (duplicate keys refused).
PY=python3
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c "import yaml" 2>/dev/null; then
    PY="$candidate"; break
  fi
done
"$PY" - "$OUT" "$CHART" <<'PY'
import json, pathlib, re, sys

out, chart = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for dashboard in (chart / "dashboards").glob("*.json"):
    json.loads(dashboard.read_text())  # the Grafana dashboards are valid JSON

def kinds(name):
    text = (out / f"{name}.yaml").read_text()
    return re.findall(r"^kind: (\w+)", text, re.M), text

def expect(cond, msg):
    if not cond:
        sys.exit(f"helm-lint: {msg}")

k, text = kinds("defaults")
deployments = re.findall(r"^kind: Deployment\nmetadata:\n  name: (\S+)", text, re.M)
expect(sorted(deployments) == sorted(
    f"tramita-{d}" for d in [
        "identity-serve", "identity-relay", "registry-serve", "registry-relay", "registry-timers",
        "documents-serve", "documents-relay", "documents-consume",
        "notifications-serve", "notifications-consume", "notifications-deliver", "gateway-serve",
    ]), f"unexpected default deployments: {deployments}")
expect(k.count("Job") == 5, "one migration Job per enabled service with a database")
expect("PrometheusRule" not in k and "PodMonitor" not in k, "monitoring CRDs are opt-in")
expect(k.count("PodDisruptionBudget") == len(deployments), "a PDB per multi-replica deployment")

k, text = kinds("all-on")
for kind in ("PrometheusRule", "PodMonitor", "HorizontalPodAutoscaler", "Ingress", "NetworkPolicy"):
    expect(kind in k, f"all-on renders no {kind}")
expect("tramita-alerts-timers" in text and "tramita-requests-serve" in text, "optional services")
expect("TRAMITA_REQUESTS_TARGET: tramita-requests:50053" in text, "gateway targets requests when enabled")
expect("TRAMITA_REQUESTS_TARGET" not in kinds("defaults")[1], "a target of a disabled service")
expect(k.count("Job") == 7, "migrations of every service when all are enabled")

k, _ = kinds("minimal")
expect("NetworkPolicy" not in k and "Job" not in k and "PodDisruptionBudget" not in k,
       "minimal variant still renders policies, jobs or PDBs")
k, _ = kinds("no-gateway")
expect("Ingress" not in k, "an Ingress without the gateway")
for f in out.glob("*.yaml"):
    expect("local-only" not in f.read_text(), f"{f.name}: a local secret leaked into the chart")

try:
    import yaml
except ImportError:
    print("PyYAML not found: rendered manifests not parsed")
else:
    class StrictLoader(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):
            keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
            dup = {k for k in keys if keys.count(k) > 1}
            if dup:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate keys {dup}", node.start_mark)
            return super().construct_mapping(node, deep=deep)

    for f in sorted(out.glob("*.yaml")):
        for doc in yaml.load_all(f.read_text(), Loader=StrictLoader):
            if doc:
                expect({"apiVersion", "kind", "metadata"} <= doc.keys(), f"{f.name}: incomplete object")
                expect(len(doc["metadata"]["name"]) <= 63, f"{f.name}: name too long: {doc['metadata']['name']}")
print("rendered manifests OK")
PY
echo "helm chart OK"
