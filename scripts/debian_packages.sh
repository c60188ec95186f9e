#!/usr/bin/env bash
# Install, in one apt-get run, every Debian package the tests use that is missing: Chromium and its emoji font
# (browser tests), python3-grammalecte (French grammar of the generated texts), hunspell-fr-classical (spelling),
# PostgreSQL, Redis and nginx (scale-out tests). `make test` calls it first so that a fresh machine pays for one
# `apt-get update` instead of one per package; the Makefile's own targets for each package still work alone.
set -euo pipefail

PACKAGES=(chromium fonts-noto-color-emoji python3-grammalecte hunspell-fr-classical postgresql redis-server nginx)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  echo "debian packages: all installed"
  exit 0
fi
SUDO=()
[[ "$(id -u)" == 0 ]] || SUDO=(sudo)
echo "debian packages: installing ${missing[*]}"
"${SUDO[@]}" apt-get update -qq
# Packages' scripts start no service in a container without an init system: scripts/services.sh starts them.
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
