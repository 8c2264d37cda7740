# The operator, compiled: `node dist/operator/src/main.js`, no TypeScript loader or compiler at run time. It
# imports the ring model and the ConfigMap store from ingester/src (compiled to dist/ingester), nothing else
# of the data plane runs. Build from the repository root; the two targets are those of images/ingester.Dockerfile:
#
#   release:  make image        = podman|docker build -f images/operator.Dockerfile --build-arg VERSION=<v> .
#   local:    make image-local  = images/build.sh local (--target prebuilt, RUNTIME_IMAGE=the dependencies image
#                                 on the local stand-in base)
ARG BUILDER_IMAGE=node:20-bookworm-slim
ARG RUNTIME_IMAGE=gcr.io/distroless/nodejs20-debian12:nonroot

FROM ${BUILDER_IMAGE} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY ingester/src ./ingester/src
COPY operator/src ./operator/src
RUN npx tsc -p tsconfig.build.json && npm prune --omit=dev --no-audit --no-fund

FROM ${RUNTIME_IMAGE} AS runtime
ARG VERSION=dev
LABEL org.opencontainers.image.title="ingester-cluster operator" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.source="ingester-cluster"
ENV NODE_ENV=production INGESTER_CLUSTER_VERSION=${VERSION}
WORKDIR /app
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/nodejs/bin/node", "/app/dist/operator/src/main.js"]

FROM runtime AS prebuilt
COPY .build/image/app/dist ./dist

FROM runtime AS release
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
