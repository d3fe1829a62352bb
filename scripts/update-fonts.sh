#!/usr/bin/env bash
# Re-fetches the web fonts Folio serves (src/Folio/wwwroot/fonts/, src/Folio/wwwroot/css/fonts.css)
# from npm, at the exact versions in scripts/fonts/package-lock.json. The font files are never
# edited by hand: change the families or faces in scripts/fonts/build.mjs, or a version with
#   (cd scripts/fonts && npm install --save-exact @fontsource/literata@X.Y.Z)
# then run this script and commit what it wrote. Building and running Folio needs no Node.
set -euo pipefail
cd "$(dirname "$0")/fonts"
npm ci --no-audit --no-fund --ignore-scripts
node build.mjs
