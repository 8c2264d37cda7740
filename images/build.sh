#!/usr/bin/env bash
# Builds ingester-cluster/ingester and ingester-cluster/operator with podman (docker where podman is missing
# and a docker daemon answers).
#
#   images/build.sh release [TAG]   # distroless base, compiled in the builder stage (both pulled)
#   images/build.sh local   [TAG]   # the local stand-in base (images/local-base.sh); nothing is pulled:
#                                   # the production node_modules go into a dependencies image on that base
#                                   # (rebuilt only when the lock file changes), dist/ is compiled here, and
#                                   # each image is the Dockerfile's prebuilt target on the dependencies image
#
# TAG defaults to package.json's version for release and to `local` for local. A local build is skipped when
# the images are there with the same inputs (label ingester-cluster.inputs: a hash of the sources, the
# lock file, the tsconfigs, images/ and the base's node binary), so tests can call it once per run cheaply.
# One build at a time per machine (flock): the container store is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: images/build.sh release|local [TAG]}
components=(ingester operator)

if [ -n "${ENGINE:-}" ]; then engine=$ENGINE
elif command -v podman >/dev/null 2>&1; then engine=podman
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then engine=docker
else
  echo "images/build.sh: no container engine: install podman (scripts/install-test-deps.sh) or start a docker daemon" >&2
  exit 1
fi
build_flags=()
if [ "$engine" = podman ]; then
  # What works on these machines (cgroup v1, root): runc (crun refuses the hybrid cgroup layout), cgroupfs,
  # host networking, and ulimits no higher than the hard limits (the defaults try to raise them).
  build_flags=(--runtime runc --cgroup-manager cgroupfs --network host
    --ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit "nproc=$(ulimit -Hu):$(ulimit -Hu)")
fi

exec 9>"/tmp/ingester-cluster-images.lock"
flock 9

case "$mode" in
  release)
    tag=${2:-$(node -p 'require("./package.json").version')}
    for c in "${components[@]}"; do
      "$engine" build "${build_flags[@]}" -f "images/$c.Dockerfile" --build-arg "VERSION=$tag" -t "ingester-cluster/$c:$tag" .
    done
    ;;
  local)
    tag=${2:-local}
    base=localhost/ingester-cluster/node-base:20-local
    images/local-base.sh "$engine" "$base"
    node_sha=$("$engine" image inspect --format '{{ index .Labels "ingester-cluster.node-sha" }}' "$base")
    inputs=$( (
      echo "node $node_sha"
      find ingester/src operator/src ui/src -type f ! -name '*.test.ts' ! -path '*/testing/*' -print0 | sort -z | xargs -0 sha256sum
      sha256sum ui/index.html ui/vite.config.ts ui/tsconfig.json
      sha256sum package.json package-lock.json tsconfig.json tsconfig.build.json .dockerignore images/*
    ) | sha256sum | cut -c1-32)
    fresh=1
    for c in "${components[@]}"; do
      have=$("$engine" image inspect --format '{{ index .Labels "ingester-cluster.inputs" }}' "ingester-cluster/$c:$tag" 2>/dev/null || true)
      [ "$have" = "$inputs" ] || fresh=0
    done
    if [ "$fresh" = 1 ]; then
      echo "images/build.sh: ingester-cluster/{ingester,operator}:$tag are up to date (inputs $inputs)"
      exit 0
    fi
    rm -rf .build/image
    mkdir -p .build/image/app .build/image/deps
    # 1. The dependencies image: the stand-in base + package.json + the production node_modules (npm's own
    #    list, hard-linked: no copy of the data, nothing fetched). Rebuilt only when the lock file or the
    #    base changes, so a change to the sources copies no node_modules.
    deps_image=localhost/ingester-cluster/node-deps:$tag
    deps_hash=$(cat package.json package-lock.json <(echo "$node_sha") | sha256sum | cut -c1-32)
    if [ "$("$engine" image inspect --format '{{ index .Labels "ingester-cluster.deps" }}' "$deps_image" 2>/dev/null || true)" != "$deps_hash" ]; then
      cp package.json .build/image/deps/
      mkdir -p .build/image/deps/node_modules
      npm ls --omit=dev --all --parseable 2>/dev/null | tail -n +2 | sed -n "s|^$PWD/node_modules/||p" | grep -v '/node_modules/' | sort -u |
        while read -r pkg; do
          mkdir -p ".build/image/deps/node_modules/$(dirname "$pkg")"
          cp -al "node_modules/$pkg" ".build/image/deps/node_modules/$pkg"
        done
      printf 'FROM %s\nCOPY .build/image/deps/package.json /app/package.json\nCOPY .build/image/deps/node_modules /app/node_modules\n' "$base" >.build/image/deps.Containerfile
      "$engine" build "${build_flags[@]}" -f .build/image/deps.Containerfile --label "ingester-cluster.deps=$deps_hash" -t "$deps_image" .
    fi
    # 2. The programs, compiled here. Type errors do not stop this build (tsc still emits; `make lint` is the
    #    type check): tests run the tree as it is.
    app=.build/image/app
    npx tsc -p tsconfig.build.json --outDir "$app/dist" >.build/image/tsc.log || echo "images/build.sh: tsc reported type errors (emitted anyway): $(head -c 600 .build/image/tsc.log)" >&2
    [ -f "$app/dist/ingester/src/main.js" ] && [ -f "$app/dist/operator/src/main.js" ] || { echo "images/build.sh: tsc emitted no programs" >&2; exit 1; }
    # The profiles UI the querier serves at / (Vite's bundle of ui/; the ingester image only).
    npx vite build ui --outDir "$PWD/$app/ui/dist" --emptyOutDir >/dev/null
    # 3. Each image: the prebuilt target on the dependencies image.
    for c in "${components[@]}"; do
      "$engine" build "${build_flags[@]}" -f "images/$c.Dockerfile" --target prebuilt \
        --build-arg "RUNTIME_IMAGE=$deps_image" --build-arg "VERSION=$tag" --label "ingester-cluster.inputs=$inputs" \
        -t "ingester-cluster/$c:$tag" .
    done
    rm -rf .build/image
    # The builds this one replaced (untagged now; those a running container uses are kept).
    "$engine" image prune --force >/dev/null 2>&1 || true
    ;;
  *)
    echo "images/build.sh: unknown mode $mode (release or local)" >&2
    exit 2
    ;;
esac
