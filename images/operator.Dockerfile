# The operator. Build from the repository root:
#   docker build -f images/operator.Dockerfile --build-arg VERSION=$(node -p 'require("./package.json").version') .
# The operator imports the ring model and ConfigMap store from ingester/src/ring (and the shared utilities), so
# those folders are part of its image; nothing else of the data plane is.
ARG NODE_IMAGE=node:20-bookworm-slim
ARG RUNTIME_IMAGE=gcr.io/distroless/nodejs20-debian12:nonroot

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${RUNTIME_IMAGE}
ARG VERSION=dev
LABEL org.opencontainers.image.title="ingester-cluster operator" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.source="ingester-cluster"
ENV NODE_ENV=production INGESTER_CLUSTER_VERSION=${VERSION}
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY ingester/src ./ingester/src
COPY operator/src ./operator/src
COPY crds ./crds
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/nodejs/bin/node", "--import", "tsx", "operator/src/main.ts"]
