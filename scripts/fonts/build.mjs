// Copies the faces Folio ships from the installed npm packages into src/Folio/wwwroot/fonts/
// (woff2 files with each family's licence beside them) and writes their @font-face rules to
// src/Folio/wwwroot/css/fonts.css. Run it through scripts/update-fonts.sh.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wwwroot = join(here, '..', '..', 'src', 'Folio', 'wwwroot');
const fontsDirectory = join(wwwroot, 'fonts');

// Every family covers the scripts Folio's blogs write in; Armenian comes from Noto, whose faces
// are loaded only by pages that hold Armenian letters (unicode-range). A variable face ('wght')
// serves every weight from one file.
const textSubsets = ['latin', 'latin-ext', 'cyrillic'];
const families = [
  { package: '@fontsource-variable/inter', faces: [['wght', 'normal']], subsets: textSubsets },
  { package: '@fontsource/source-serif-4', faces: [[400, 'normal'], [400, 'italic'], [700, 'normal']], subsets: textSubsets },
  { package: '@fontsource/eb-garamond', faces: [[400, 'normal'], [400, 'italic'], [600, 'normal']], subsets: textSubsets },
  { package: '@fontsource-variable/noto-sans-armenian', faces: [['wght', 'normal']], subsets: ['armenian'] },
  { package: '@fontsource-variable/noto-serif-armenian', faces: [['wght', 'normal']], subsets: ['armenian'] },
];

const readJson = path => JSON.parse(readFileSync(path, 'utf8'));

// The same version stamp ASP.NET Core's asp-append-version adds (base64url of the file's
// SHA-256), so a page's <link rel="preload"> and this stylesheet name the very same URL, and
// StaticFileCaching lets browsers keep every font for a year.
const versionOf = path => createHash('sha256').update(readFileSync(path)).digest('base64url');

rmSync(fontsDirectory, { recursive: true, force: true });
const rules = [];
let bytes = 0;
for (const family of families) {
  const packageDirectory = join(here, 'node_modules', ...family.package.split('/'));
  const { version } = readJson(join(packageDirectory, 'package.json'));
  const metadata = readJson(join(packageDirectory, 'metadata.json'));
  const ranges = readJson(join(packageDirectory, 'unicode.json'));
  const licence = readFileSync(join(packageDirectory, 'LICENSE'), 'utf8');
  if (metadata.license.type !== 'OFL-1.1' || !licence.includes('SIL Open Font License'))
    throw new Error(`${family.package} is not under the SIL Open Font License.`);

  const target = join(fontsDirectory, metadata.id);
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'OFL.txt'), licence);
  const isVariable = family.package.startsWith('@fontsource-variable/');
  const name = isVariable ? `${metadata.family} Variable` : metadata.family;
  rules.push(`/* ${name}: ${family.package} ${version}, ${metadata.license.attribution}; SIL Open Font License 1.1, fonts/${metadata.id}/OFL.txt */`);
  for (const [weight, style] of family.faces)
    for (const subset of family.subsets) {
      const file = `${metadata.id}-${subset}-${weight}-${style}.woff2`;
      const source = join(packageDirectory, 'files', file);
      copyFileSync(source, join(target, file));
      bytes += statSync(source).size;
      const weights = isVariable ? `${metadata.variable.wght.min} ${metadata.variable.wght.max}` : weight;
      rules.push(`@font-face {
  font-family: '${name}';
  font-style: ${style};
  font-display: swap;
  font-weight: ${weights};
  src: url(/fonts/${metadata.id}/${file}?v=${versionOf(source)}) format('woff2');
  unicode-range: ${ranges[subset]};
}`);
    }
}

writeFileSync(join(wwwroot, 'css', 'fonts.css'), `/*
 * The web fonts Folio serves itself, so every machine sets the same text and no page asks
 * another host for anything. Written by scripts/update-fonts.sh from scripts/fonts/: do not edit.
 * A browser downloads a face only when the page uses it, and only the subsets its text needs.
 */
${rules.join('\n')}
`);
console.log(`Wrote ${rules.length - families.length} faces of ${families.length} families, ${bytes} bytes in all.`);
