#!/usr/bin/env bash
# Installs what the tests need beyond npm (Debian packages, where missing): kubectl (kubernetes-client),
# Chromium for the browser test of the /ring page, and podman with runc, which run our images as real
# containers in the test kubelet (test/kube/README.md), and promtool (Debian's prometheus package), which
# checks and unit-tests the example alerts (test/docs/docs.test.ts). Quiet when everything is already there.
set -euo pipefail
missing=()
command -v kubectl >/dev/null 2>&1 || missing+=(kubernetes-client)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v podman >/dev/null 2>&1 || missing+=(podman)
# runc: crun (podman's default on Debian) refuses a hybrid cgroup v1 layout; the kubelet passes --runtime runc.
command -v runc >/dev/null 2>&1 || missing+=(runc)
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
