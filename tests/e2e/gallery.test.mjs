// "Galleri", as a designer uses it: the designers' build (`--features gallery`, built by
// .ci/test.sh into dist-gallery/) links it from the footer; it shows every component exported by
// components/src/lib.rs, each in its states, and the design tokens, in Danish and English. A changed
// token shows at once in the gallery and in the components. The stakeholders' build (dist/) has no
// gallery and says so. axe-core on both languages; screenshots go to tests/e2e/out/gallery-*.png.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO, assertAxeClean, assertClean, openPage, screenshot, setUp } from './helpers.mjs';

const GALLERY_DIST = resolve(process.env.E2E_GALLERY_DIST || join(REPO, 'dist-gallery'));

let env;
let plain;
before(async () => {
  env = await setUp('gallery', 'diagnoser', { dist: GALLERY_DIST });
});
after(async () => {
  await env?.tearDown();
  await plain?.tearDown();
});

/** The components the library exports (`pub use … ::{A, B}` / `::A;` in components/src/lib.rs). */
function exportedComponents() {
  const lib = readFileSync(join(REPO, 'components/src/lib.rs'), 'utf8');
  const names = [];
  for (const m of lib.matchAll(/^pub use [a-z_]+::(?:\{([^}]*)\}|(\w+));/gm)) {
    names.push(...(m[1] ? m[1].split(',') : [m[2]]).map((s) => s.trim()).filter(Boolean));
  }
  // Components are the exported names that are used as tags: capitalised, not data types.
  const types = new Set(['Crumb', 'DeclarationPart', 'ChartClick', 'ChartHandle', 'EChartOption', 'Renderer', 'NumberFormat',
    'PickerLevel', 'NoticeKind', 'Retry', 'MarkerTexts', 'SelectOption', 'Cell', 'Column', 'NumberValue', 'Row', 'SortDir', 'TabItem']);
  return names.filter((n) => !types.has(n));
}

describe('Galleri', () => {
  test('every component in its states, the tokens, English; a token change shows everywhere', async () => {
    const { ctx, page, problems } = await openPage(env.browser, env.server);
    try {
      await page.goto(env.server.url);
      await page.click('[data-testid=gallery-link]');
      await page.waitForSelector('[data-testid=page-gallery] [data-testid=gallery-chart] canvas');
      const headings = (await page.locator('[data-testid=gallery-item] h2').allTextContents()).join(', ');
      const components = exportedComponents();
      assert.ok(components.length >= 15, `components found in lib.rs: ${components}`);
      for (const c of components) assert.ok(headings.split(/, /).includes(c), `${c} is in the gallery (${headings})`);
      // The states a designer needs.
      for (const id of ['notice-info', 'notice-loading', 'notice-empty', 'notice-not-published', 'notice-error']) {
        assert.equal(await page.locator(`[data-testid=page-gallery] [data-testid=${id}]`).count(), 1, id);
      }
      assert.ok(await page.locator('[data-testid=gallery-table-suppressed] .num--suppressed').count() > 0, 'a suppressed cell');
      assert.ok(await page.locator('[data-testid=gallery-table-suppressed] .num--missing').count() > 0, 'an undefined cell');
      assert.ok(await page.locator('#gallery-select-off').isDisabled());
      assert.ok((await page.locator('[data-testid=gallery-state]').count()) >= 20);
      await page.locator('[data-testid=page-gallery] [data-testid=retry]').click();
      await page.waitForSelector('[data-testid=gallery-retried]');
      await screenshot(page, 'da');
      await assertAxeClean(page, 'gallery');

      // A token change: the swatch and every button that uses the token follow.
      const primary = () => page.evaluate(() => ({
        swatch: getComputedStyle(document.querySelector('.swatch__chip')).backgroundColor,
        button: getComputedStyle(document.querySelector('[data-testid=page-gallery] [data-testid=retry]')).backgroundColor,
        heading: getComputedStyle(document.querySelector('[data-testid=page-gallery] h1')).color,
      }));
      await page.mouse.move(0, 0); // no hover colour on the button just pressed
      const before = await primary();
      await page.addStyleTag({ content: ':root { --color-primary: rgb(120, 20, 90); }' });
      const after = await primary();
      assert.notDeepEqual(after, before);
      assert.deepEqual(after, { swatch: 'rgb(120, 20, 90)', button: 'rgb(120, 20, 90)', heading: 'rgb(120, 20, 90)' });

      await page.click('[data-testid=lang-toggle]');
      await page.waitForSelector('h1 >> text=Component gallery');
      assert.equal(await page.locator('[data-testid=notice-loading]').first().textContent(), 'Loading data …');
      await screenshot(page, 'en');
      await assertAxeClean(page, 'gallery, English');
      assertClean(problems);
    } finally {
      await ctx.close();
    }
  });

  test("the stakeholders' build has no gallery and says where it is", async () => {
    plain = await setUp('gallery-plain');
    const { ctx, page, problems } = await openPage(plain.browser, plain.server);
    try {
      await page.goto(`${plain.server.url}?view=gallery`);
      await page.waitForSelector('[data-testid=notice-info]');
      assert.match(await page.textContent('[data-testid=notice-info]'), /findes kun i designernes udgave/);
      assert.equal(await page.locator('[data-testid=gallery-link]').count(), 0);
      assert.equal(await page.locator('[data-testid=gallery-item]').count(), 0);
      assertClean(problems);
    } finally {
      await ctx.close();
    }
  });
});
