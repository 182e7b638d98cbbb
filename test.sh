#!/usr/bin/env bash
# Runs every test of Ratro.Knowledge on a fresh machine: installs the Debian packages the tests use
# (when run as root and they are missing), then builds and runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/hunspell/ru_RU.dic ] || missing+=(hunspell-ru)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test.sh: missing ${missing[*]}; tests that need them will be skipped with the reason" >&2
  fi
fi

dotnet test Ratro.Knowledge.sln "$@"
