# The data-plane program (-target=ingester|distributor|querier|all), compiled: `node dist/ingester/src/main.js`,
# no TypeScript loader or compiler at run time. Build from the repository root (`make help`):
#
#   release (pulls node:20 for the builder stage and the distroless base):
#     make image        = podman|docker build -f images/ingester.Dockerfile --build-arg VERSION=<v> .
#   local stand-in, for tests and machines that cannot pull (nothing is pulled):
#     make image-local  = images/build.sh local: a dependencies image (the local stand-in base from
#                         images/local-base.sh + the production node_modules), dist/ compiled on the host, then
#                         --target prebuilt --build-arg RUNTIME_IMAGE=localhost/ingester-cluster/node-deps:local
#
# Both targets give the same layout: /app/{package.json,dist,node_modules,ui/dist}, USER 65532, no shell
# (ui/dist: the profiles UI the querier serves at /). snappy's
# native binding is an npm package (@napi-rs/snappy-linux-x64-gnu), so production node_modules carry it.
ARG BUILDER_IMAGE=node:20-bookworm-slim
ARG RUNTIME_IMAGE=gcr.io/distroless/nodejs20-debian12:nonroot

FROM ${BUILDER_IMAGE} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY ingester/src ./ingester/src
COPY operator/src ./operator/src
COPY ui ./ui
RUN npx tsc -p tsconfig.build.json && npx vite build ui && npm prune --omit=dev --no-audit --no-fund

FROM ${RUNTIME_IMAGE} AS runtime
ARG VERSION=dev
LABEL org.opencontainers.image.title="ingester-cluster ingester" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.source="ingester-cluster"
ENV NODE_ENV=production INGESTER_CLUSTER_VERSION=${VERSION}
WORKDIR /app
USER 65532:65532
# 4040: HTTP (push, query, /metrics, /ready, /ring); 9095: gRPC.
EXPOSE 4040 9095
# node's own flags: ingester/src/node-flags.ts (NODE_FLAGS, which node-flags.test.ts checks this line against).
ENTRYPOINT ["/nodejs/bin/node", "--initial-old-space-size=64", "/app/dist/ingester/src/main.js"]
CMD ["-target=all"]

# Local: the programs images/build.sh compiled on the host, on a RUNTIME_IMAGE that already holds
# /app/package.json and the production /app/node_modules (its dependencies image).
FROM runtime AS prebuilt
COPY .build/image/app/dist/ingester ./dist/ingester
COPY .build/image/app/ui/dist ./ui/dist

FROM runtime AS release
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist/ingester ./dist/ingester
COPY --from=builder /app/ui/dist ./ui/dist
