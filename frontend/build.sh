#!/bin/sh
# Installs the front-end packages from the committed lock file and copies what the jar serves
# into the class-path root $1 (target/classes): static/vendor/ for pages, fonts/ for PDFs,
# holidays/ for the visits scheduler. Called by Maven in generate-resources.
set -eu
root="$1"
out="$root/static/vendor"
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
command -v npm >/dev/null 2>&1 || { echo "tupyo: npm (Node.js) is needed to build the front-end assets" >&2; exit 1; }
# npm ci only when the lock file changed since the last install: keeps incremental builds fast.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.tupyo-lock; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.tupyo-lock
fi
rm -rf "$out"
mkdir -p "$out/krds" "$out/echarts" "$root/fonts"
cp -R node_modules/krds-uiux/resources/img node_modules/krds-uiux/resources/fonts "$out/krds/"
mkdir -p "$out/krds/cdn"
# The published stylesheet points at the design system's own web site for its icons; serve them
# from the jar instead (no outside requests, and the CSP stays 'self').
sed 's#https://www.krds.go.kr/resources/#../#g' node_modules/krds-uiux/resources/cdn/krds.min.css > "$out/krds/cdn/krds.min.css"
cp node_modules/krds-uiux/resources/cdn/krds.min.js "$out/krds/cdn/"
cp node_modules/echarts/dist/echarts.min.js "$out/echarts/"
cp node_modules/@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf \
   node_modules/@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf "$root/fonts/"
cp node_modules/@expo-google-fonts/noto-sans-kr/LICENSE_FONT "$root/fonts/OFL.txt"
# Korean public holidays (official gazette data, npm @hyunbinseo/holidays-kr) as one JSON object
# {"YYYY-MM-DD": ["name", ...]} on the class path, for the visits scheduler. The package ships ES
# modules only, so node merges the yearly presets into a file.
mkdir -p "$root/holidays"
node --input-type=module -e "
import * as years from '@hyunbinseo/holidays-kr/all';
import { writeFileSync } from 'node:fs';
writeFileSync(process.argv[1], JSON.stringify(Object.assign({}, ...Object.values(years))));
" "$root/holidays/holidays-kr.json"
cp node_modules/@hyunbinseo/holidays-kr/LICENSE "$root/holidays/LICENSE.txt"
