// Malformed addresses in the browser: a seeded sample of generated addresses (random and unknown
// parameters and codes, huge values, broken percent-encodings, repeated keys, very long values)
// opened one after another. The parser itself is tested on 1,500 of them in Rust (src/state.rs);
// here each must give a page with the header, the navigation and content, no blank page, no page
// error and no console error, and a notice when the address named something the app does not know.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VIEWS, assertClean, openPage, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('urls');
});
after(async () => {
  await env?.tearDown();
});

/** A small seeded PRNG (mulberry32): the same sample every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['view', 'year', 'geo', 'diag', 'spec', 'sex', 'age', 'pop', 'pin', 'pout', 'cband', 'rsrc', 'rtype',
  'wait', 'overlap', 'measure', 'by', 'tab', 'lang', 'regions', 'step', 'x', 'ø', ''];
const VALUES = [
  () => 'T', () => 'DK', () => '2025', () => '1084', () => 'OST', () => 'T2D', () => 'en', () => 'table',
  () => 'zzz', () => '99999999999999999999', () => '-1', () => '2025.5', () => '%', () => '%E0%A4%A', () => '%FF%FE',
  () => '<script>alert(1)</script>', () => 'Ærø Kommune', () => '😀', () => '', () => 'a'.repeat(5000),
  () => 'geo=DK', () => '%00', () => '..%2F..%2F', () => 'T,T,T',
];

function malformed(n, seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const views = Object.values(VIEWS).map((v) => v.view);
  return Array.from({ length: n }, () => {
    const parts = [];
    // Mostly a real view, so the view's own parsing is reached.
    if (r() < 0.8) parts.push(`view=${pick(views)}`);
    const k = 1 + Math.floor(r() * 6);
    for (let i = 0; i < k; i += 1) {
      const key = pick(KEYS);
      const value = pick(VALUES)();
      // Values go in raw (not re-encoded), so broken encodings reach the app as they are.
      parts.push(r() < 0.1 ? key : `${key}=${value}`);
    }
    if (r() < 0.15) parts.push('&&==&');
    return parts.join('&');
  });
}

describe('malformed addresses in the browser', () => {
  test('40 generated addresses: each gives a working page with a notice or a view, never a blank page', async () => {
    const { ctx, page, problems } = await openPage(env.browser, env.server);
    try {
      const sample = malformed(40, 20261202);
      let notices = 0;
      for (const [i, q] of sample.entries()) {
        await page.goto(`${env.server.url}?${q}`);
        await page.waitForSelector('main h1', { timeout: 10000 }).catch(() => {
          throw new Error(`no page heading for ?${q.slice(0, 200)}`);
        });
        await page.waitForSelector('[data-testid=bar-chart] canvas, [data-testid=notice-info], [data-testid=notice-error], main nav, main a', { timeout: 10000 });
        const main = (await page.textContent('main')).trim();
        assert.ok(main.length > 100, `content for ?${q.slice(0, 200)}`);
        assert.ok(await page.locator('header nav a').count() >= 6, `the navigation for ?${q.slice(0, 200)}`);
        if (await page.locator('[data-testid=notice-info]').count()) notices += 1;
        if (i < 3) await screenshot(page, `sample-${i}`);
        assert.deepEqual(problems.pageErrors, [], `no page error for ?${q.slice(0, 200)}`);
      }
      assert.ok(notices >= sample.length / 2, `most addresses name something unknown and get a notice (${notices} of ${sample.length})`);
      // The app still works after all of them.
      await page.goto(`${env.server.url}?view=diagnoses`);
      await page.waitForSelector('[data-testid=bar-chart] canvas');
      assertClean(problems);
    } finally {
      await ctx.close();
    }
  });
});
