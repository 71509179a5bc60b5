# The binaries, one line each: name, component, version, Go package, cgo, build tags,
# extra ldflags, and the module to build in (modules.sh; empty: go.mod here). Version stamping
# follows each project's own Makefile, so `--version` prints the release (kubelets report it
# as the node's kubeletVersion, and skew checks read it).
kube_ldflags() {
  local minor="${KUBERNETES#v1.}"; minor="${minor%%.*}"
  local f=""
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    f+=" -X $pkg.gitVersion=$KUBERNETES -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor"
    f+=" -X $pkg.gitTreeState=clean -X $pkg.buildDate=1970-01-01T00:00:00Z"
  done
  echo "$f"
}

binary_table() {
  local k; k="$(kube_ldflags)"
  local ctd=github.com/containerd/containerd/v2
  for c in kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy kubectl; do
    echo "$c|kubernetes|$KUBERNETES|k8s.io/kubernetes/cmd/$c|0|selinux,notest|$k"
  done
  echo "etcd|etcd|$ETCD|go.etcd.io/etcd/server/v3|0||"
  echo "etcdctl|etcd|$ETCD|go.etcd.io/etcd/etcdctl/v3|0||"
  echo "etcdutl|etcd|$ETCD|go.etcd.io/etcd/etcdutl/v3|0||"
  for c in containerd ctr containerd-shim-runc-v2; do
    echo "$c|containerd|$CONTAINERD|$ctd/cmd/$c|0|no_btrfs,no_devmapper,no_zfs|-X $ctd/version.Version=$CONTAINERD -X $ctd/version.Package=github.com/containerd/containerd/v2"
  done
  echo "runc|runc|$RUNC|github.com/opencontainers/runc|1|seccomp,netgo,osusergo|-X main.version=${RUNC#v} -extldflags=-static"
  for p in main/bridge main/loopback main/host-device ipam/host-local meta/portmap meta/bandwidth meta/tuning meta/firewall; do
    echo "cni-${p#*/}|cni-plugins|$CNI_PLUGINS|github.com/containernetworking/plugins/plugins/$p|0||-X github.com/containernetworking/plugins/pkg/utils/buildversion.BuildVersion=$CNI_PLUGINS"
  done
  echo "crictl|cri-tools|$CRI_TOOLS|sigs.k8s.io/cri-tools/cmd/crictl|0||-X sigs.k8s.io/cri-tools/pkg/version.Version=${CRI_TOOLS#v}"
  echo "flanneld|flannel|$FLANNEL|github.com/flannel-io/flannel|1|netgo,osusergo|-X github.com/flannel-io/flannel/pkg/version.Version=$FLANNEL -extldflags=-static"
  echo "coredns|coredns|$COREDNS|github.com/coredns/coredns|0||-X github.com/coredns/coredns/coremain.GitCommit=$COREDNS"
  echo "metrics-server|metrics-server|$METRICS_SERVER|sigs.k8s.io/metrics-server/cmd/metrics-server|0||-X k8s.io/component-base/version.gitVersion=$METRICS_SERVER"
  # Docker Engine (moby) and its CLI publish vendor.mod, not go.mod; cri-dockerd pins an older
  # Kubernetes than go.mod does: each builds in a module of its own (modules.sh). No cgo, with
  # moby's own netgo,osusergo (hack/make.sh), so without the btrfs driver, which needs cgo.
  local moby=github.com/docker/docker
  for c in dockerd docker-proxy; do
    echo "$c|docker|$DOCKER|$moby/cmd/$c|0|netgo,osusergo,exclude_graphdriver_btrfs,exclude_graphdriver_devicemapper|-X $moby/dockerversion.Version=${DOCKER#v} -X $moby/dockerversion.GitCommit=$DOCKER|$moby@$DOCKER+incompatible"
  done
  echo "docker|docker-cli|$DOCKER_CLI|github.com/docker/cli/cmd/docker|0||-X github.com/docker/cli/cli/version.Version=${DOCKER_CLI#v} -X github.com/docker/cli/cli/version.GitCommit=$DOCKER_CLI|github.com/docker/cli@$DOCKER_CLI+incompatible"
  echo "cri-dockerd|cri-dockerd|$CRI_DOCKERD|github.com/Mirantis/cri-dockerd|0||-X github.com/Mirantis/cri-dockerd/cmd/version.Version=${CRI_DOCKERD#v} -X github.com/Mirantis/cri-dockerd/cmd/version.GitCommit=$CRI_DOCKERD|cri-dockerd"
}

# Builds one binary into the cache unless it is there; prints the cached path.
build_binary() {
  local name="$1" component="$2" version="$3" pkg="$4" cgo="$5" tags="$6" ldflags="$7"
  local key dir mod
  mod="$(module_dir "$8")" || return 1
  key="$(printf '%s\n' "$name" "$version" "$gover" "$arch" "$pkg" "$cgo" "$tags" "$ldflags" "$(sha256sum "$mod/go.sum" | cut -c1-16)" | sha256sum | cut -c1-16)"
  dir="$cache/bin/$name-$version-$gover-$key"
  if [ ! -x "$dir/$name" ]; then
    log "building $name $version ($pkg, $gover)"
    local t0=$SECONDS tmp="$dir.tmp.$$"
    rm -rf "$tmp"; mkdir -p "$tmp"
    (cd "$mod" && CGO_ENABLED="$cgo" go build -trimpath ${tags:+-tags "$tags"} -ldflags "-s -w $ldflags" -o "$tmp/$name" "$pkg") \
      || { rm -rf "$tmp"; echo "upstream build: $name $version failed to build (output above)" >&2; return 1; }
    rm -rf "$dir"; mv "$tmp" "$dir"
    log "built $name in $((SECONDS - t0))s ($(du -h "$dir/$name" | cut -f1))"
  fi
  echo "$dir/$name"
}

build_all_binaries() {
  local name component version pkg cgo tags ldflags mod file
  while IFS='|' read -r name component version pkg cgo tags ldflags mod; do
    want "$name" || continue
    file="$(build_binary "$name" "$component" "$version" "$pkg" "$cgo" "$tags" "$ldflags" "$mod")"
    manifest_add "$name" "$component" "$version" "bin/$name" "$file" binary ""
  done < <(binary_table)
}

# The cached path of one binary of the table, built if need be (images are made from them).
build_binary_by_name() {
  local name component version pkg cgo tags ldflags mod
  while IFS='|' read -r name component version pkg cgo tags ldflags mod; do
    [ "$name" = "$1" ] || continue
    build_binary "$name" "$component" "$version" "$pkg" "$cgo" "$tags" "$ldflags" "$mod"
    return
  done < <(binary_table)
  echo "upstream build: no binary named $1" >&2; return 1
}
