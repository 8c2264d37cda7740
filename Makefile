# ingester-cluster — `make help` lists the targets.
SHELL := /bin/bash
NODE := node --import tsx
PROTO_FILES := proto/types/v1/types.proto proto/google/v1/profile.proto proto/push/v1/push.proto proto/querier/v1/querier.proto proto/ingester/v1/ingester.proto

.PHONY: help install ui build typecheck lint test bench run proto proto-check image image-local chart-sync

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: node_modules/.installed ## Install npm dependencies (and the Debian packages the tests need)
	@bash scripts/install-test-deps.sh

UI_SOURCES := $(wildcard ui/index.html ui/vite.config.ts ui/src/*)

ui/dist/index.html: node_modules/.installed $(UI_SOURCES)
	npx tsc --noEmit -p ui
	npx vite build ui

ui: ui/dist/index.html ## Build the profiles UI (ui/ → ui/dist, served by the querier at /)

build: node_modules/.installed ui ## Compile the programs to dist/ (node dist/ingester/src/main.js, node dist/operator/src/main.js)
	rm -rf dist
	npx tsc -p tsconfig.build.json

typecheck: node_modules/.installed ## Type-check everything (programs, tests, benches)
	npx tsc --noEmit -p .

lint: typecheck proto-check ## Type-check and check the generated protobuf code for drift (the chart's copies: make test)

test: install ui ## Run every test (unit, integration, e2e on the test Kubernetes API server)
	npx mocha 'ingester/src/**/*.test.ts' 'operator/src/**/*.test.ts' 'test/**/*.test.ts'

bench: install build ## Print benchmark figures as JSON lines (the programs they start run as compiled by make build: PROGRAM=compiled)
	@for f in bench/*.bench.ts; do PROGRAM=compiled $(NODE) $$f || echo "{\"name\":\"$$f\",\"error\":\"failed\"}"; done

run: node_modules/.installed ui ## Run 3 ingesters, a distributor and a querier locally (push and query on :4040)
	node --initial-old-space-size=64 --import tsx ingester/src/main.ts -target=local-cluster

proto: node_modules/.installed ## Regenerate ingester/src/gen from proto/
	npx pbjs -t static-module -w es6 --force-number -p proto -o ingester/src/gen/protos.js $(PROTO_FILES)
	npx pbts -o ingester/src/gen/protos.d.ts ingester/src/gen/protos.js

proto-check: node_modules/.installed ## Fail when ingester/src/gen differs from what proto/ generates
	@tmp=$$(mktemp -d) && npx pbjs -t static-module -w es6 --force-number -p proto -o $$tmp/protos.js $(PROTO_FILES) && \
	  diff -q $$tmp/protos.js ingester/src/gen/protos.js && echo "generated protobuf code is up to date"

image: ## Build the release images (distroless base, compiled in a builder stage; podman, else docker)
	images/build.sh release

image-local: node_modules/.installed ## Build the images on a local stand-in base, pulling nothing (what the tests run)
	images/build.sh local

chart-sync: node_modules/.installed ## Copy the CRD and the operator's RBAC rules into the Helm chart
	$(NODE) test/chart/sources.ts
