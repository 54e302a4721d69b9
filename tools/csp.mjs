// Trunk post_build hook (Trunk.toml): writes the Content-Security-Policy into the built
// index.html of a release build as a <meta> tag, with a sha256 hash for each inline script
// (Trunk's module loader and the boot script), so the page runs nothing and fetches nothing but
// its own origin's files. A static host needs no header configuration for it.
//
//   TRUNK_STAGING_DIR=dist node tools/csp.mjs     (Trunk sets the variable)

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
// Release builds only: `trunk serve` rewrites its live-reload script after the hooks have run, so
// a policy with hashes would block it (designers' `npm start` is a debug build).
if (process.env.TRUNK_PROFILE !== 'release') {
  console.log('csp.mjs: debug build, no Content-Security-Policy (live reload)');
  process.exit(0);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

// Every <script> without src: its exact text, hashed as the browser hashes it.
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
);

// Only the app's own origin. 'wasm-unsafe-eval' lets the page compile its own wasm (not eval);
// inline styles are allowed because ECharts writes them (canvas, tooltip), and they can load
// nothing: images and fonts are 'self' only.
const POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY}" />`;
html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
// First in <head> after the charset, so it covers every element after it.
if (!/<meta charset="utf-8" \/>/.test(html)) {
  console.error('csp.mjs: no <meta charset="utf-8" /> in index.html to put the policy after');
  process.exit(1);
}
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n  ${meta}`);
writeFileSync(file, html);
console.log(`csp.mjs: Content-Security-Policy with ${hashes.length} inline script hash(es)`);
