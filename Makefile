# Tramita — one Makefile drives the platform. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export UV_PYTHON_DOWNLOADS := never
export PATH := $(HOME)/.local/bin:$(HOME)/.cache/tramita/bin:$(PATH)
UV := uv
STACK := $(UV) run --frozen tramita-stack

.PHONY: help bootstrap run stop status logs reset install-stack proto proto-check lint \
        test test-unit test-integration test-e2e bench openapi helm-lint

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

bootstrap: ## Install uv (user-level) and the Python workspace
	@uv --version >/dev/null 2>&1 || { echo "==> installing uv (pip --user)"; python3 -m pip install --quiet --user uv; }
	@echo "==> syncing the Python workspace (uv sync)"
	@$(UV) sync --frozen

run: bootstrap ## Install what is missing (first time), start the whole platform, print URLs
	@$(STACK) up

stop: ## Stop every process of the local stack
	@$(STACK) down

status: ## Show what runs, on which port
	@$(STACK) status

logs: ## Tail the logs (make logs C=kafka for one component)
	@$(STACK) logs $(C)

reset: ## Stop and wipe all local state (databases, topics, objects, mail)
	@$(STACK) reset

install-stack: bootstrap ## Download and build the stack's servers into user caches
	@$(STACK) install

proto: bootstrap ## Regenerate Python from proto/ into libs/contracts
	@tools/proto/generate.sh

proto-check: bootstrap ## buf lint, format, breaking against main; fail on stale generated code
	@tools/proto/check.sh

lint: bootstrap ## ruff and the import-linter contracts
	@$(UV) run --frozen ruff check .
	@$(UV) run --frozen ruff format --check .
	@$(UV) run --frozen lint-imports

test-unit: bootstrap ## Unit tests (no servers)
	@$(UV) run --frozen pytest -m "not integration and not e2e" -q

test-integration: bootstrap ## Integration tests on real PostgreSQL and Kafka (started if needed)
	@$(UV) run --frozen pytest -m integration -q

test-e2e: bootstrap ## End-to-end tests against the whole local stack (started if needed)
	@$(UV) run --frozen pytest tests/e2e -m e2e -q

test: lint proto-check helm-lint install-stack ## Everything: lint, contracts, unit, integration, e2e
	@$(UV) run --frozen pytest -q -p no:cacheprovider

openapi: bootstrap ## Regenerate the gateway's committed OpenAPI document
	@$(UV) run --frozen python -m tramita_gateway openapi > services/gateway/openapi.json

bench: bootstrap ## Benchmarks with same-run baselines; writes bench/results/latest.md
	@$(UV) run --frozen python -m bench

helm-lint: ## Lint the Helm chart (helm built with go install)
	@tools/helm/lint.sh
