// Trunk post_build hook (Trunk.toml), release builds only: a pre-rendered picture of each page's
// starting state, so that a slow line shows the page (with its charts as SVG) long before the
// wasm has arrived.
//
// For every page in PAGES, both languages and two widths (WIDTHS), the built app is opened in
// headless Chromium; once it has drawn, its DOM is copied with each ECharts chart redrawn as an
// SVG string by the page's own ECharts (same option, animation off), into
// prerender/<page>.<lang>[.narrow].html, and the names of the pages go into the built index.html
// (`<html data-prerender="overview …">`; a debug build has none and asks for none). index.html
// fetches the picture of the address (only a page's start: no parameter but `view` and `lang`)
// and shows it over the app, inert and hidden from assistive technology, until the app has drawn
// its own charts; then removes it. Every figure in a picture is one the app itself showed:
// nothing here computes or formats a number.
//
//   TRUNK_STAGING_DIR=dist TRUNK_PROFILE=release node tools/prerender.mjs    (Trunk sets both)
//
// Without Chromium (CHROMIUM, default /usr/bin/chromium) it writes nothing and says so: the app
// works without the pictures, only its first paint on a slow line is later.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';

/** The pages with a picture: `view` code (empty: the overview) → file name. */
const PAGES = {
  '': 'overview',
  usecases: 'usecases',
  diagnoses: 'diagnoses',
  hospital: 'hospital',
  referrals: 'referrals',
  populations: 'populations',
  pathways: 'pathways',
  activity: 'activity',
};
const LANGS = ['da', 'en'];
/** Two widths: the desktop and projector layout, and a phone's (index.html takes it under 800 px,
 *  the width where the page's layout changes); the chart in a picture scales with the page. */
const WIDTHS = { '': 1280, '.narrow': 400 };

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('prerender.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') {
  console.log('prerender.mjs: debug build, no pre-rendered pages');
  process.exit(0);
}
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.warn(`prerender.mjs: no Chromium at ${CHROMIUM}: no pre-rendered pages (the app works without them)`);
  process.exit(0);
}

// Runs in the page once the app has drawn: the page's DOM as HTML, charts as SVG.
const SNAPSHOT = () => {
  const hosts = [...document.querySelectorAll('[_echarts_instance_]')];
  const svgs = hosts.map((host) => {
    const live = window.echarts.getInstanceByDom(host);
    const width = host.clientWidth;
    const height = host.clientHeight;
    const chart = window.echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    chart.setOption({ ...live.getOption(), animation: false });
    const svg = chart
      .renderToSVGString()
      // Scales with the page (the live chart is redrawn at its own width anyway).
      .replace('<svg ', `<svg viewBox="0 0 ${width} ${height}" class="prerender__chart" `);
    chart.dispose();
    return svg;
  });
  const parts = [...document.body.children].filter(
    (el) => !['SCRIPT', 'LINK', 'STYLE', 'TEMPLATE'].includes(el.tagName) && el.id !== 'boot',
  );
  const copies = parts.map((el) => {
    const copy = el.cloneNode(true);
    // Form controls: their current state, which cloneNode does not copy, as attributes.
    const live = [el, ...el.querySelectorAll('select, input, textarea')];
    const dead = [copy, ...copy.querySelectorAll('select, input, textarea')];
    live.forEach((l, i) => {
      const d = dead[i];
      if (l.tagName === 'SELECT') {
        [...d.options].forEach((o, k) => o.toggleAttribute('selected', l.options[k].selected));
      } else if (l.tagName === 'INPUT' && (l.type === 'checkbox' || l.type === 'radio')) {
        d.toggleAttribute('checked', l.checked);
      } else if (l.tagName === 'TEXTAREA') {
        // Its text is its content (which also drops framework markers: in a textarea a comment
        // would be read back as text).
        d.textContent = l.value;
      } else if (l.tagName === 'INPUT') {
        d.setAttribute('value', l.value);
      }
    });
    return copy;
  });
  // The charts in document order, as `hosts` (the copies are in document order too).
  let chartNo = 0;
  const html = copies
    .map((copy) => {
      copy.querySelectorAll('[_echarts_instance_]').forEach((host) => {
        host.removeAttribute('_echarts_instance_');
        host.innerHTML = svgs[chartNo++];
      });
      // Nothing in the copy may be found as the app's: no ids (and what points at them), no test
      // hooks, nothing focusable.
      const all = [copy, ...copy.querySelectorAll('*')];
      for (const el of all) {
        for (const a of ['id', 'data-testid', 'for', 'name', 'tabindex', 'autofocus', 'aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-owns', 'aria-activedescendant']) {
          el.removeAttribute(a);
        }
      }
      return copy.outerHTML;
    })
    .join('\n');
  return { html, charts: chartNo };
};

const server = await startServer({ root: dir, base: '/app/' });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
const out = join(dir, 'prerender');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let failed = false;

/** Every page in both languages at one width. */
async function pictures(width, suffix) {
  const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  for (const [view, name] of Object.entries(PAGES)) {
    for (const lang of LANGS) {
      const q = new URLSearchParams();
      if (view) q.set('view', view);
      if (lang !== 'da') q.set('lang', lang);
      const url = `${server.url}${q.size ? '?' + q : ''}`;
      await page.goto(url);
      await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 30000 });
      await page.waitForLoadState('networkidle');
      // Every chart has its data (not an empty first option).
      await page.waitForFunction(
        () => [...document.querySelectorAll('[_echarts_instance_]')].every((h) => window.echarts.getInstanceByDom(h)?.getOption()?.series?.length),
        null,
        { timeout: 30000 },
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const error = await page.$('[data-testid=notice-error], [role=alert]');
      if (error) {
        console.error(`prerender.mjs: ${url} shows an error: ${await error.innerText()}`);
        failed = true;
        continue;
      }
      const { html, charts } = await page.evaluate(SNAPSHOT);
      const file = `${name}.${lang}${suffix}.html`;
      writeFileSync(join(out, file), `<div class="prerender__page" data-charts="${charts}">\n${html}\n</div>\n`);
      console.log(`prerender.mjs: ${file} (${(html.length / 1024).toFixed(0)} KB, ${charts} chart(s))`);
    }
  }
  await ctx.close();
}

try {
  for (const [suffix, width] of Object.entries(WIDTHS)) await pictures(width, suffix);
} finally {
  await browser.close();
  await server.close();
}
if (failed) process.exit(1);

const index = join(dir, 'index.html');
const html = readFileSync(index, 'utf8');
const tag = /<html lang="da">/;
if (!tag.test(html)) {
  console.error('prerender.mjs: no <html lang="da"> in index.html to list the pictures in');
  process.exit(1);
}
writeFileSync(index, html.replace(tag, `<html lang="da" data-prerender="${Object.values(PAGES).join(' ')}">`));
