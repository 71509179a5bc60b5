# Debian packages the build needs: cgo for runc and flanneld (static, with libseccomp), the
# static C library for pause, and busybox-static for the test workload image.
ensure_build_packages() {
  local need=()
  for p in gcc libc6-dev libseccomp-dev pkg-config busybox-static; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
  done
  [ ${#need[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${need[*]}"
  [ "$(id -u)" = 0 ] || { echo "upstream build: needs root to install ${need[*]}" >&2; exit 1; }
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
}
