// The pre-rendered pictures (tools/prerender.mjs, index.html): a page's starting state is shown at
// once, charts included, while the app's code is still on its way; it is the app's own page (the
// same texts and numbers), cannot be used or focused, and gives way to the app as soon as the app
// has drawn its charts, or to the failure message if the app cannot start.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIST, VIEWS, assertAxeClean, assertClean, openView, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('prerender');
});
after(async () => {
  await env?.tearDown();
});

const PAGES = ['overview', 'usecases', ...Object.keys(VIEWS)];

/** Hold the wasm download until `release()` is called: the app cannot start before. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => {
    release = r;
  });
  await page.unroute(/_bg\.wasm$/);
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/**
 * The text of the page's main part (form controls, tables, summaries, hidden tabs too), without
 * white-space differences and without the charts (the picture's are SVG with text, the app's a
 * canvas).
 */
const mainText = (page, root) =>
  page.evaluate((root) => {
    const main = document.querySelector(`${root} main`).cloneNode(true);
    main.querySelectorAll('svg.prerender__chart').forEach((svg) => svg.remove());
    main.querySelectorAll('[_echarts_instance_]').forEach((host) => host.replaceChildren());
    return main.textContent.replace(/\s+/g, ' ').trim();
  }, root);

describe('Pre-rendered pages', () => {
  for (const [suffix, width] of [['', 1280], ['.narrow', 420]]) {
    test(`every page has a picture in both languages, ${width} px wide: the app’s own page, charts as SVG`, async (t) => {
      const { page, problems } = await openView(env, t, VIEWS.diagnoses, null, { viewport: { width, height: 900 } });
      const index = readFileSync(join(DIST, 'index.html'), 'utf8');
      assert.deepEqual(/<html [^>]*data-prerender="([^"]*)"/.exec(index)?.[1].split(' '), PAGES, 'index.html lists the pictures');
      let release = await holdWasm(page);
      for (const name of PAGES) {
        for (const lang of ['da', 'en']) {
          const label = `${name}.${lang}${suffix}`;
          const html = readFileSync(join(DIST, 'prerender', `${label}.html`), 'utf8');
          const charts = Number(/data-charts="(\d+)"/.exec(html)?.[1]);
          assert.equal((html.match(/<svg[^>]*class="prerender__chart"/g) || []).length, charts, `${label}: charts`);
          if (name in VIEWS) assert.ok(charts >= 1, `${label}: a chart`);
          assert.doesNotMatch(html, /\s(id|data-testid|tabindex)="/, `${label}: no ids, test hooks or tab stops`);

          // The picture while the app's code is held back, then the app.
          const q = new URLSearchParams({ ...(name === 'overview' ? {} : { view: name }), ...(lang === 'en' ? { lang } : {}) });
          await page.goto(`${env.server.url}?${q}`, { waitUntil: 'commit' });
          await page.waitForSelector('#prerender main');
          const asked = await page.evaluate(() =>
            performance.getEntriesByType('resource').map((e) => e.name.split('/prerender/')[1]).filter(Boolean),
          );
          assert.deepEqual(asked, [`${label}.html`], `${label}: the picture for this width`);
          assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${label}: lang`);
          const picture = await mainText(page, '#prerender');
          release();
          await page.waitForSelector('#prerender', { state: 'detached', timeout: 15000 });
          assert.equal(await page.locator('.notice--loading').count(), 0, `${label}: the app has its data`);
          assert.equal(await page.locator('[_echarts_instance_]').count(), charts, `${label}: the app draws as many charts`);
          assert.equal(await mainText(page, 'body'), picture, `${label}: the app shows what the picture showed`);
          release = await holdWasm(page);
        }
      }
      assertClean(problems);
    });
  }

  test('shows the start of a view before the app runs, cannot be used, then gives way', async (t) => {
    const { v, page, problems } = await openView(env, t, VIEWS.diagnoses, null);
    const release = await holdWasm(page);
    await page.goto(v.href({}), { waitUntil: 'commit' });
    await page.waitForSelector('#prerender svg.prerender__chart');
    const picture = await mainText(page, '#prerender');
    assert.match(picture, /Diagnoser i speciallægepraksis/, 'the view’s title');
    assert.ok(picture.length > 2000, 'the whole page: filters, summary, table, declaration');
    // Not usable: inert, hidden from assistive technology, nothing to tab to.
    assert.equal(await page.evaluate(() => document.getElementById('prerender').inert), true);
    assert.equal(await page.getAttribute('#prerender', 'aria-hidden'), 'true');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => !!document.activeElement.closest('#prerender')), false, 'focus stays out');
    // A loading state, as the boot screen before it: no main landmark and no heading until the
    // app runs (the picture is hidden from assistive technology); everything else holds.
    await assertAxeClean(page, 'picture shown, app not started', { disable: ['landmark-one-main', 'page-has-heading-one'] });
    await screenshot(page, 'diagnoses-picture');

    release();
    await page.waitForSelector('#prerender', { state: 'detached', timeout: 15000 });
    await v.waitReady();
    await v.checkNumbers();
    await screenshot(page, 'diagnoses-app');
    assertClean(problems);
  });

  test('is not used for any other state than a page’s start', async (t) => {
    const { v, page, problems } = await openView(env, t, VIEWS.diagnoses, null);
    const asked = [];
    page.on('request', (r) => {
      if (r.url().includes('/prerender/')) asked.push(r.url());
    });
    for (const params of [{ measure: 'contacts' }, { lang: 'fr' }, { present: 'x' }]) {
      await page.goto(v.href(params));
      await page.waitForSelector('[data-testid=page-diagnoses], [data-testid=notice-error]');
    }
    await page.goto(`${env.server.url}?view=notes`);
    await page.waitForSelector('[data-testid=page-notes]');
    assert.deepEqual(asked, []);
    assertClean(problems, { allowConsole: [/Failed to load resource/] });
  });

  test('is not shown when the host answers with something else (its index page, an error)', async (t) => {
    const { v, page, problems } = await openView(env, t, VIEWS.diagnoses, null);
    const index = readFileSync(join(DIST, 'index.html'), 'utf8');
    let shown = 0;
    await page.exposeFunction('__pictureShown', () => {
      shown += 1;
    });
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.getElementById('prerender')) window.__pictureShown();
      }).observe(document, { childList: true, subtree: true });
    });
    for (const answer of [{ status: 200, contentType: 'text/html', body: index }, { status: 500, body: 'error' }]) {
      await page.route(/\/prerender\//, (route) => route.fulfill(answer));
      await v.goto({});
      await v.checkNumbers();
      await page.unroute(/\/prerender\//);
    }
    assert.equal(shown, 0);
    assertClean(problems, { allowConsole: [/status of 500/] });
  });

  test('gives way to the failure message when the app cannot start', async (t) => {
    const { v, page } = await openView(env, t, VIEWS.diagnoses, null);
    await page.route(/_bg\.wasm$/, (route) => route.abort());
    await page.goto(v.href({}));
    await page.waitForSelector('#boot[role=alert]');
    assert.equal(await page.locator('#prerender').count(), 0);
    assert.match(await page.innerText('#boot'), /kunne ikke starte/);
  });
});
