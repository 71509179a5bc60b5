# Container images made without Docker or a registry: each a docker-archive (manifest.json,
# an image config with Entrypoint/Cmd, one reproducible layer) that `ctr images import` and
# `docker load` both read. Tags are under kdeploy.local/, a registry that does not exist, so
# a node that tries to pull instead of using the imported image fails loudly.
PATH_ENV='PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

tar_reproducible() { # tar_reproducible DIR OUT
  # entries without a leading ./ (as docker save writes them), sorted, with fixed owners and times
  (cd "$1" && find . -mindepth 1 -printf '%P\n' | LC_ALL=C sort) |
    tar --no-recursion --mtime=@0 --owner=0 --group=0 --numeric-owner --format=gnu -C "$1" -T - -cf "$2"
}

# make_image NAME REF INPUTS ENTRYPOINT_JSON CMD_JSON USER ROOTFS_FN: prints the cached archive's
# path. INPUTS is what the image is made of (sources' hashes, versions); the rootfs is only
# assembled, by calling ROOTFS_FN DIR, when no archive for those inputs is cached.
make_image() {
  local name="$1" ref="$2" inputs="$3" entrypoint="$4" cmd="$5" user="$6" rootfs_fn="$7"
  local key cached
  key="$(printf '%s\n' "$ref" "$inputs" "$entrypoint" "$cmd" "$user" "$arch" "$(sha256sum "$here/lib/images.sh" | cut -c1-16)" | sha256sum | cut -c1-16)"
  cached="$cache/images/$name-$key.tar"
  if [ ! -s "$cached" ]; then
    local work layer_sum img config_sum
    work="$(mktemp -d)"
    mkdir -p "$work/rootfs"
    "$rootfs_fn" "$work/rootfs"
    tar_reproducible "$work/rootfs" "$work/layer.tar"
    layer_sum="$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
    img="$work/image"
    mkdir -p "$img/$layer_sum"
    mv "$work/layer.tar" "$img/$layer_sum/layer.tar"
    printf '{"architecture":"%s","os":"linux","config":{"Env":["%s"],"Entrypoint":%s,"Cmd":%s,"User":"%s"},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]},"history":[{"created":"1970-01-01T00:00:00Z","created_by":"kdeploy tools/upstream/build"}]}' \
      "$arch" "$PATH_ENV" "$entrypoint" "$cmd" "$user" "$layer_sum" > "$img/config.json"
    config_sum="$(sha256sum "$img/config.json" | cut -d' ' -f1)"
    mv "$img/config.json" "$img/$config_sum.json"
    printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["%s/layer.tar"]}]' "$config_sum" "$ref" "$layer_sum" > "$img/manifest.json"
    tar_reproducible "$img" "$cached.tmp"
    mv "$cached.tmp" "$cached"
    rm -rf "$work"
    log "image $ref ($(du -h "$cached" | cut -f1))"
  fi
  echo "$cached"
}

# A root filesystem holding one static binary at /NAME.
single_binary_rootfs() { # DIR BINARY NAME
  mkdir -p "$1/etc" "$1/tmp"
  chmod 1777 "$1/tmp"
  install -m 0755 "$2" "$1/$3"
  printf 'root:x:0:0:root:/:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n' > "$1/etc/passwd"
  printf 'root:x:0:\nnobody:x:65534:\n' > "$1/etc/group"
}

# add_image NAME COMPONENT VERSION REF INPUTS ENTRYPOINT CMD USER ROOTFS_FN
add_image() {
  local archive
  archive="$(make_image "$1" "$4" "$5" "$6" "$7" "$8" "$9")"
  manifest_add "image-$1" "$2" "$3" "images/$1.tar" "$archive" image "$4"
}

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

pause_rootfs() {
  gcc -Os -static -DPAUSE_VERSION="\"$PAUSE\"" -o "$1/pause" "$here/images/pause.c"
  strip "$1/pause"
}
coredns_rootfs() { single_binary_rootfs "$1" "$coredns_bin" coredns; }
metrics_server_rootfs() { single_binary_rootfs "$1" "$metrics_server_bin" metrics-server; }
# The test workload: Debian's static busybox with every applet linked (sh, httpd, nslookup,
# wget, ...), so tests need no image from anywhere else.
busybox_rootfs() {
  mkdir -p "$1/bin"
  single_binary_rootfs "$1" /bin/busybox bin/busybox
  local applet
  for applet in $(/bin/busybox --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$1/bin/$applet"
  done
}

build_all_images() {
  if want image-pause; then
    add_image pause pause "$PAUSE" "kdeploy.local/pause:$PAUSE" "$(sha_of "$here/images/pause.c") $(gcc -dumpfullversion)" \
      '["/pause"]' 'null' '65535:65535' pause_rootfs
  fi
  if want image-coredns; then
    coredns_bin="$(build_binary_by_name coredns)"
    add_image coredns coredns "$COREDNS" "kdeploy.local/coredns:$COREDNS" "$(sha_of "$coredns_bin")" \
      '["/coredns"]' 'null' '65534:65534' coredns_rootfs
  fi
  if want image-metrics-server; then
    metrics_server_bin="$(build_binary_by_name metrics-server)"
    add_image metrics-server metrics-server "$METRICS_SERVER" "kdeploy.local/metrics-server:$METRICS_SERVER" "$(sha_of "$metrics_server_bin")" \
      '["/metrics-server"]' 'null' '65534:65534' metrics_server_rootfs
  fi
  if want image-busybox; then
    local version
    version="$(dpkg-query -W -f='${Version}' busybox-static | sed 's/^[0-9]*://; s/[^A-Za-z0-9._-]/-/g')"
    add_image busybox busybox "$version" "kdeploy.local/busybox:$version" "$(sha_of /bin/busybox)" \
      'null' '["sh"]' '' busybox_rootfs
  fi
}
