# The artifact directory's manifest.json: name, component, version, arch, sha256, size and
# path of every file, the shape libs/artifacts reads. Files are hard-linked from the cache
# (copied across filesystems), so a warm run writes no binary bytes.
manifest_begin() {
  entries="$(mktemp)"
  trap 'rm -f "$entries"' EXIT
}

# manifest_add NAME COMPONENT VERSION RELPATH CACHED_FILE KIND IMAGE_REF
manifest_add() {
  local name="$1" component="$2" version="$3" rel="$4" file="$5" kind="$6" ref="$7"
  local sum size
  # The hash of a cached file is computed once and kept beside it.
  if [ -s "$file.sha256" ] && [ "$file.sha256" -nt "$file" ]; then sum="$(cat "$file.sha256")"
  else sum="$(sha256sum "$file" | cut -d' ' -f1)"; echo "$sum" > "$file.sha256"; fi
  size="$(stat -c %s "$file")"
  mkdir -p "$(dirname "$out/$rel")"
  if ! [ "$out/$rel" -ef "$file" ]; then
    ln -f "$file" "$out/$rel.tmp" 2>/dev/null || cp "$file" "$out/$rel.tmp"
    mv -f "$out/$rel.tmp" "$out/$rel"
  fi
  printf '{"name":"%s","component":"%s","kind":"%s","version":"%s","arch":"%s","sha256":"%s","size":%s,"path":"%s"%s}\n' \
    "$name" "$component" "$kind" "$version" "$arch" "$sum" "$size" "$rel" "${ref:+,\"image\":\"$ref\"}" >> "$entries"
}

manifest_count() { grep -c "\"sha256\"" "$out/manifest.json"; }

manifest_end() {
  sort "$entries" > "$entries.sorted"
  {
    printf '{\n  "source": "upstream-build",\n  "go": "%s",\n  "kubernetes": "%s",\n  "artifacts": [\n' "$gover" "$KUBERNETES"
    sed '$!s/$/,/; s/^/    /' "$entries.sorted"; rm -f "$entries.sorted"
    printf '  ]\n}\n'
  } > "$out/manifest.json.tmp"
  mv -f "$out/manifest.json.tmp" "$out/manifest.json"
}
