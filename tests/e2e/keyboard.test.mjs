// Every view with the keyboard only. Tab walks the whole page in document order, with a visible
// focus ring on every stop and no trap (focus comes back round to the skip link), and reaches
// every link, button, select, summary and one radio of each group; then, still by keyboard: the
// skip link, another measure (arrow keys in the radio group), the chart/trend/table tabs (arrow
// keys, End), a drill-down in the table and back up by the breadcrumb, the CSV download and the
// language toggle. Screenshots: tests/e2e/out/keyboard-*.png (the focus ring on a table row).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VIEWS, assertClean, openPage, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('keyboard');
});
after(async () => {
  await env?.tearDown();
});

// Where each view drills down in its table: the geography where the default breakdown has no
// level below (a leaf row is still activated: it becomes the selected level).
const DRILL = {
  diagnoses: {},
  referrals: { by: 'geo' },
  hospital: { by: 'geo' },
  populations: { by: 'geo' },
  pathways: {},
  activity: {},
};

/** The focused element, described in the page. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      index: [...document.querySelectorAll('*')].indexOf(el),
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.name ? `[name=${el.name}]` : ''} "${(el.textContent || '').trim().slice(0, 40)}"`,
      ring: (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none',
      inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
      inResults: !!el.closest('[data-testid=result-panel]'),
    };
  });

/** Tab from the top until focus comes back to where it started; the stops in order. */
async function walk(page) {
  await page.evaluate(() => document.activeElement?.blur());
  const stops = [];
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue; // the browser's own UI between the end and the start
    if (stops.length && f.index === stops[0].index) return { stops, cycled: true };
    stops.push(f);
  }
  return { stops, cycled: false };
}

/** What a keyboard user must be able to reach: index in the document of each. */
const reachable = (page) =>
  page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    // checkVisibility: not inside a closed <details> either (its content keeps its boxes).
    const shown = (el) => el.checkVisibility({ visibilityProperty: true });
    const els = [...document.querySelectorAll('a[href], button, select, summary, input, [tabindex="0"]')]
      .filter((el) => shown(el) && !el.disabled && el.tabIndex >= 0 && el.type !== 'radio');
    const radios = [...document.querySelectorAll('input[type=radio]')].filter(shown);
    const groups = [...new Set(radios.map((r) => r.name))];
    return {
      single: els.map((el) => ({ index: all.indexOf(el), what: `${el.tagName.toLowerCase()} "${(el.textContent || '').trim().slice(0, 40)}"` })),
      groups: groups.map((name) => ({ name, indexes: radios.filter((r) => r.name === name).map((r) => all.indexOf(r)) })),
    };
  });

const params = (page) => Object.fromEntries(new URL(page.url()).searchParams);
const waitForParams = (page, pred, what) =>
  page.waitForURL((u) => pred(Object.fromEntries(new URL(u).searchParams)), { timeout: 5000 }).catch(() => {
    throw new Error(`URL did not become ${what}: ${page.url()}`);
  });

describe('keyboard only', () => {
  for (const [name, spec] of Object.entries(VIEWS)) {
    test(`${name}: the whole page by Tab with a visible focus, and every action by keyboard`, async () => {
      const { ctx, page, problems } = await openPage(env.browser, env.server);
      try {
        const go = async (p = {}) => {
          await page.goto(`${env.server.url}?${new URLSearchParams({ view: spec.view, ...p })}`);
          await page.waitForSelector(p.tab === 'table' ? '[data-testid=result-table] tbody tr' : '[data-testid=bar-chart] canvas');
        };
        await go();

        // 1. The walk.
        const { stops, cycled } = await walk(page);
        assert.ok(cycled, `focus comes back round to the start (${stops.length} stops, no trap)`);
        assert.match(stops[0].what, /skip|Gå til indhold/i, 'the skip link comes first');
        for (let i = 1; i < stops.length; i += 1) {
          assert.ok(stops[i].index > stops[i - 1].index, `document order: ${stops[i - 1].what} before ${stops[i].what}`);
        }
        for (const s of stops) {
          assert.ok(s.ring, `visible focus ring on ${s.what}`);
          assert.ok(s.inView, `${s.what} is scrolled into view when focused`);
        }
        const want = await reachable(page);
        const visited = new Set(stops.map((s) => s.index));
        for (const el of want.single) assert.ok(visited.has(el.index), `Tab reaches ${el.what}`);
        assert.ok(want.groups.length >= 2, 'measure and breakdown radio groups');
        for (const g of want.groups) {
          assert.equal(g.indexes.filter((i) => visited.has(i)).length, 1, `one Tab stop in the radio group ${g.name}`);
        }

        // 2. The skip link moves focus to the content.
        await page.focus('a.skip-link');
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'skip link → main');

        // 3. Another measure with the arrow keys.
        await page.focus('input[name=measure]:checked');
        await page.keyboard.press('ArrowRight');
        await waitForParams(page, (p) => p.measure !== undefined && p.measure !== spec.measure, 'another measure');
        await page.keyboard.press('ArrowLeft');
        await waitForParams(page, (p) => p.measure === undefined, 'the view\'s measure again');

        // 4. The tabs: arrow right → trend, End → table.
        await page.focus('[data-testid=tab-chart]');
        await page.keyboard.press('ArrowRight');
        await waitForParams(page, (p) => p.tab === 'trend', 'tab=trend');
        assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'tab-trend', 'focus follows the tab');
        await page.keyboard.press('End');
        await waitForParams(page, (p) => p.tab === 'table', 'tab=table');
        await page.waitForSelector('[data-testid=result-table] tbody tr');

        // 5. Drill down in the table and back up by the breadcrumb.
        const drill = DRILL[name];
        await go({ ...drill, tab: 'table' });
        const rows = page.locator('[data-testid=result-table] tbody tr[tabindex="0"]');
        assert.ok((await rows.count()) >= 1, 'rows to drill into');
        await rows.first().focus();
        const row = await focused(page);
        assert.ok(row.ring, 'a focused row shows its focus ring');
        await screenshot(page, `${name}-row-focus`);
        const key = await page.evaluate(() => document.activeElement.dataset.key);
        const by = drill.by || spec.by;
        await page.keyboard.press('Enter');
        await waitForParams(page, (p) => p[by] === key, `${by}=${key}`);
        // The table puts the focus on the new rows in a 0 ms timer (DataTable); one of ours, queued
        // after it, runs after it. Without this wait the focus can move back into the table after
        // the breadcrumb got it (seen on a loaded machine).
        await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
        // The focus stays with the results: on the new rows, or on the panel when the new level
        // has no table (not published); never back at the start of the page.
        const after = await focused(page);
        assert.ok(after?.inResults, `after a drill-down by keyboard the focus is in the results panel, not on ${after?.what ?? 'the page itself'}`);
        assert.ok(after.ring, `the focus after a drill-down is visible (${after.what})`);
        await page.locator('[data-testid=breadcrumb] a').first().focus();
        await page.keyboard.press('Enter');
        await waitForParams(page, (p) => p[by] === undefined || p[by] === spec.start?.[by], `back to the top of ${by}`);

        // 6. The CSV download by Enter.
        await page.focus('[data-testid=download-csv]');
        const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
        assert.match(download.suggestedFilename(), /\.csv$/);

        // 7. The language toggle by Enter.
        await page.focus('[data-testid=lang-toggle]');
        await page.keyboard.press('Enter');
        await waitForParams(page, (p) => p.lang === 'en', 'lang=en');
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
        assert.deepEqual(params(page).view, spec.view);
        assertClean(problems);
      } finally {
        await ctx.close();
      }
    });
  }
});
