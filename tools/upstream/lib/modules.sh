# Where `go build` runs for a binary: the module field of binary_table (binaries.sh).
#   (empty)         tools/upstream's own go.mod, which builds most of the bundle
#   DIR             a module of its own under tools/upstream (a release whose pins clash with go.mod)
#   MODULE@VERSION  a module that publishes vendor.mod instead of go.mod (moby, the docker CLI)
module_dir() {
  case "$1" in
    "") echo "$here" ;;
    *@*) vendor_mod_dir "$1" ;;
    *) echo "$here/$1" ;;
  esac
}

# Moby and the docker CLI have no go.mod (they version by calendar, not SemVer), and upstream
# builds with `go build -mod=vendor -modfile=vendor.mod` (moby's hack/make/.binary). The proxy
# serves their source without the vendored code (vendor/ holds only modules.txt), so the same
# build runs in module mode on a copy: vendor.mod as go.mod, vendor.sum as go.sum (every module
# is still checked against it). Made once per machine in the cache; prints its path.
vendor_mod_dir() {
  local dir src tmp
  dir="$cache/src/$(echo "$1" | tr '/' '_')"
  if [ ! -f "$dir/go.sum" ]; then
    log "preparing $1 (vendor.mod as go.mod)"
    src="$(cd "$cache" && go mod download -json "$1" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')"
    [ -f "$src/vendor.mod" ] || { echo "upstream build: $1 has no vendor.mod (go mod download: ${src:-failed})" >&2; return 1; }
    tmp="$dir.tmp.$$"
    rm -rf "$tmp"; mkdir -p "$(dirname "$dir")"
    cp -r "$src" "$tmp" && chmod -R u+w "$tmp"
    # modules.txt alone would switch go build to vendor mode, with nothing vendored
    rm -rf "$tmp/vendor"
    cp "$tmp/vendor.mod" "$tmp/go.mod" && cp "$tmp/vendor.sum" "$tmp/go.sum"
    rm -rf "$dir"; mv "$tmp" "$dir"
  fi
  echo "$dir"
}
