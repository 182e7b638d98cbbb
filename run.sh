#!/usr/bin/env bash
# Starts the Ratro.Knowledge web site on a fresh machine: installs the Russian dictionary the search uses
# (when run as root and it is missing), builds, seeds the corpus on first start and serves on a local URL.
#   ./run.sh                 serves on http://127.0.0.1:5080 with the data directory ./data
#   RATRO_DATA=/srv/ratro RATRO_URLS=http://0.0.0.0:8080 ./run.sh
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -f /usr/share/hunspell/ru_RU.dic ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "run.sh: installing hunspell-ru (Russian morphology for search)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends hunspell-ru >/dev/null
fi

export RATRO_DATA="${RATRO_DATA:-$PWD/data}"
urls="${RATRO_URLS:-http://127.0.0.1:5080}"
echo "run.sh: data directory $RATRO_DATA; the site will listen on $urls"
exec dotnet run --project src/Ratro.Knowledge.Web -c Release -- --urls "$urls"
