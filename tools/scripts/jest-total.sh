#!/usr/bin/env bash
# Adds up the "Tests:" lines of every project's jest run in a log and prints one closing
# line, "tests: N passed, N failed", so the whole run has a single total. Failed tests are
# listed above it by name, because CI keeps only the end of a long log.
set -euo pipefail
sed 's/\x1b\[[0-9;]*m//g' "$1" | awk '
  /^ *● / && !/● Console/ && !seen[$0]++ { failures[++nf] = $0 }
  /^Tests:/ {
    for (i = 2; i <= NF; i++) {
      n = $(i - 1) + 0
      if ($i ~ /^passed/) passed += n
      if ($i ~ /^failed/) failed += n
      if ($i ~ /^skipped/) skipped += n
    }
  }
  END {
    if (nf) print "failed tests:"
    for (i = 1; i <= nf; i++) print "  " failures[i]
    line = sprintf("tests: %d passed, %d failed", passed, failed)
    if (skipped) line = line sprintf(", %d skipped", skipped)
    print line
  }'
