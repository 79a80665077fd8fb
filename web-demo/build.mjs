// Assembles the demo map: our own files from src/ plus MapLibre GL JS's prebuilt CSP bundle
// (no bundler, no transpiler: the page loads plain ES modules). Fails when our own JavaScript
// grows past its budget.
//
// usage: node build.mjs OUT_DIR
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const OWN_JS_BUDGET_BYTES = 100 * 1024;
const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUT_DIR');
  process.exit(2);
}

const maplibre = join(here, 'node_modules', 'maplibre-gl', 'dist');
const vendor = [
  ['maplibre-gl-csp.js', 'maplibre-gl.js'],
  ['maplibre-gl-csp-worker.js', 'maplibre-gl-worker.js'],
  ['maplibre-gl.css', 'maplibre-gl.css'],
  ['LICENSE.txt', 'maplibre-gl-LICENSE.txt'],
];

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'vendor'), { recursive: true });
for (const [from, to] of vendor) {
  copyFileSync(join(maplibre, from), join(out, 'vendor', to));
}

let ownJs = 0;
const copyTree = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const target = join(out, relative(join(here, 'src'), path));
    if (statSync(path).isDirectory()) {
      mkdirSync(target, { recursive: true });
      copyTree(path);
      continue;
    }
    copyFileSync(path, target);
    if (name.endsWith('.js')) ownJs += statSync(path).size;
  }
};
copyTree(join(here, 'src'));

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
if (ownJs > OWN_JS_BUDGET_BYTES) {
  console.error(`web-demo: our own JavaScript is ${kb(ownJs)}, over its ${kb(OWN_JS_BUDGET_BYTES)} budget`);
  process.exit(1);
}
console.log(`web-demo: built into ${out} (own JavaScript ${kb(ownJs)} of ${kb(OWN_JS_BUDGET_BYTES)})`);
