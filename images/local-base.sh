#!/usr/bin/env bash
# Makes the local stand-in for gcr.io/distroless/nodejs20-debian12:nonroot, for machines that cannot pull:
# a root filesystem holding only this machine's node binary (20.x) and the shared libraries it links (ldd),
# /etc/passwd and /etc/group with root and nonroot (65532), /tmp and /home/nonroot, imported with
# `podman import` as USER 65532:65532. Like distroless it has no shell and no package manager, and node is
# at /nodejs/bin/node (the release ENTRYPOINT's path).
#
#   images/local-base.sh [ENGINE] [IMAGE]    # default: podman ingester-cluster/node-base:20-local
#
# The image is labelled with a hash of the node binary and this script: nothing is done when that image is already there.
set -euo pipefail
engine=${1:-podman}
image=${2:-ingester-cluster/node-base:20-local}
node_bin=$(readlink -f "$(command -v node)")
version=$("$node_bin" --version)
case "$version" in
  v20.*) ;;
  *) echo "local-base: node $version at $node_bin is not node 20 (the release base is nodejs20)" >&2; exit 1 ;;
esac
# The node binary and this script make the image: a change to either rebuilds it.
hash=$(cat "$node_bin" "$0" | sha256sum | cut -c1-16)
if [ "$("$engine" image inspect --format '{{ index .Labels "ingester-cluster.node-sha" }}' "$image" 2>/dev/null || true)" = "$hash" ]; then
  exit 0
fi
rootfs=$(mktemp -d)
trap 'rm -rf "$rootfs"' EXIT
mkdir -p "$rootfs/nodejs/bin" "$rootfs/etc" "$rootfs/home/nonroot" "$rootfs/tmp"
cp "$node_bin" "$rootfs/nodejs/bin/node"
# Every library node links, at the path the dynamic loader looks for it (and the loader itself), and all of
# glibc's shared libraries as distroless (debian12 libc6) has them: native addons link more than node does
# (snappy's binding needs librt.so.1).
{
  ldd "$node_bin" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'
  if command -v dpkg >/dev/null 2>&1; then dpkg -L libc6 | grep -E '^/(usr/)?lib[^ ]*/[^/]+\.so(\.[0-9]+)*$' | grep -v gconv; fi
} | sort -u | while read -r lib; do
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' >"$rootfs/etc/group"
chmod 1777 "$rootfs/tmp"
chown 65532:65532 "$rootfs/home/nonroot"
tar -C "$rootfs" -c . | "$engine" import \
  --change 'USER 65532:65532' \
  --change 'WORKDIR /home/nonroot' \
  --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin:/nodejs/bin' \
  --change 'ENTRYPOINT ["/nodejs/bin/node"]' \
  --change "LABEL ingester-cluster.node-sha=$hash" \
  --message "local stand-in for distroless nodejs20: node $version from $node_bin" \
  - "$image" >/dev/null
echo "local-base: built $image (node $version, no shell, USER 65532)"
