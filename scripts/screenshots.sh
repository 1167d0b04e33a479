#!/usr/bin/env bash
# The comparison walkthrough as screenshots, for reviewers and the user guide:
#   scripts/screenshots.sh [OUTDIR]   (default: build/screenshots)
# 1 three Sozialräume compared with the city, 2 the profile of one (PDF page 1),
# 3 one indicator in two years on linked maps, 4 that picture saved as a view,
# 5 the project opened again with that view. Runs offscreen on a copy of the demo.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
out="$(realpath -m "${1:-$QW_ROOT/build/screenshots}")"
build="${BUILD_DIR:-$QW_ROOT/build-release}"
qw_build "$build" Release quartierswerkstatt
app="$build/app/quartierswerkstatt"
mkdir -p "$out/home"
export QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME="$out/home/data" XDG_CONFIG_HOME="$out/home/config"
lang=(--language "${QW_LANGUAGE:-de}")
areas=0101,0202,0603

"$app" --demo --list-areas >/dev/null
project="$out/musterstadt.gpkg"
cp "$XDG_DATA_HOME/Quartierswerkstatt/Quartierswerkstatt/musterstadt.gpkg" "$project"

"$app" "$project" "${lang[@]}" --indicator child_poverty --compare "$areas" \
  --screenshot "$out/1-compare.png"
"$app" "$project" "${lang[@]}" --export-profile 0202 "$out/2-profile.pdf"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/2-profile.pdf" "$out/2-profile"
"$app" "$project" "${lang[@]}" --indicator child_poverty --compare "$areas" --maps 2015,2024 \
  --save-view "Drei Quartiere" --screenshot "$out/3-linked-maps.png"
"$app" "$project" "${lang[@]}" --view "Drei Quartiere" --screenshot "$out/4-reopened.png"
echo "Screenshots in $out:"
ls -1 "$out"/*.png
