# The data-plane program (-target=ingester|distributor|querier|all). Build from the repository root:
#   docker build -f images/ingester.Dockerfile --build-arg VERSION=$(node -p 'require("./package.json").version') .
# Stage 1 installs production dependencies only (snappy ships its native binding as an npm package);
# stage 2 is distroless: no shell, no package manager, a non-root user.
ARG NODE_IMAGE=node:20-bookworm-slim
ARG RUNTIME_IMAGE=gcr.io/distroless/nodejs20-debian12:nonroot

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${RUNTIME_IMAGE}
ARG VERSION=dev
LABEL org.opencontainers.image.title="ingester-cluster ingester" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.source="ingester-cluster"
ENV NODE_ENV=production INGESTER_CLUSTER_VERSION=${VERSION}
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY ingester/src ./ingester/src
USER 65532:65532
# 4040: HTTP (push, query, /metrics, /ready, /ring); 9095: gRPC.
EXPOSE 4040 9095
ENTRYPOINT ["/nodejs/bin/node", "--import", "tsx", "ingester/src/main.ts"]
CMD ["-target=all"]
