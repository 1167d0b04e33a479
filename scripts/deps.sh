#!/usr/bin/env bash
# Installs the Debian 12 packages Quartierswerkstatt needs to build, test and run.
# Sourced by run.sh, test.sh and bench.sh; does nothing when everything is present,
# so a second run costs one dpkg query.
set -euo pipefail

QW_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6opengl6-dev
  libgl-dev libglx-dev libvulkan-dev
  libgdal-dev gdal-bin libproj-dev proj-data libgeos-dev
  libsqlite3-dev sqlite3 libboost-serialization-dev
  xvfb xauth fonts-dejavu-core poppler-utils
)

# The packages of the arguments that are not installed, space-separated.
qw_missing_packages() {
  local missing=()
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  echo "${missing[@]:-}"
}

# Installs those of the given packages that are missing (apt-get update first).
qw_install_packages() {
  local missing
  missing=$(qw_missing_packages "$@")
  if [ -z "$missing" ]; then
    return 0
  fi
  echo "Quartierswerkstatt: installing missing Debian packages: $missing"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "Error: these packages are missing and this user is not root:" >&2
      echo "  $missing" >&2
      echo "Run as root: apt-get update && apt-get install -y $missing" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update
  # shellcheck disable=SC2086
  $sudo apt-get install -y --no-install-recommends $missing
}

qw_install_deps() {
  qw_install_packages "${QW_PACKAGES[@]}"
}
