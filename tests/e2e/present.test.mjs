// Presentation mode, played with the keyboard as in a steering-group meeting: start a use case
// from the catalogue, → and ← through its steps (each step's view state is the address, so a
// reload resumes), N for the speaker notes, Esc to leave to the same view without the bar. The
// site chrome is hidden and the type larger while presenting; axe-core on a presented step; an
// unknown use case gets a clear message. Screenshots: tests/e2e/out/present-*.png.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIST, assertAxeClean, assertClean, openPage, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('present');
});
after(async () => {
  await env?.tearDown();
});

const CASE = 't2d-pathway';
const params = (page) => Object.fromEntries(new URL(page.url()).searchParams);
/** The address is the step's own state plus the presentation. */
async function atStep(page, c, n) {
  const want = { ...Object.fromEntries(new URLSearchParams(c.steps[n - 1].query)), present: c.id, step: String(n) };
  await page.waitForURL((u) => {
    const p = Object.fromEntries(new URL(u).searchParams);
    return Object.keys(want).length === Object.keys(p).length && Object.entries(want).every(([k, v]) => p[k] === v);
  }, { timeout: 5000 }).catch(() => {
    throw new Error(`not at step ${n} (${JSON.stringify(want)}): ${page.url()}`);
  });
  await page.waitForSelector(`[data-testid=page-${want.view}] [data-testid=bar-chart] canvas`);
  assert.equal(await page.textContent('[data-testid=presenter-step]'), `Trin ${n} af ${c.steps.length}`);
  assert.equal(await page.textContent('[data-testid=presenter-text]'), c.steps[n - 1].text.da);
}

describe('presentation mode', () => {
  test('plays a use case with the keyboard, resumes after a reload, Esc leaves', async () => {
    const { ctx, page, problems } = await openPage(env.browser, env.server);
    try {
      const c = JSON.parse(readFileSync(join(DIST, 'content/usecases.json'), 'utf8')).cases.find((x) => x.id === CASE);
      assert.ok(c && c.steps.length >= 3, 'a use case with three steps');
      await page.goto(`${env.server.url}?view=usecases`);
      await page.click(`[data-testid=usecase-${CASE}] [data-testid=usecase-play]`);
      await atStep(page, c, 1);
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenting')), true);
      assert.equal(await page.locator('.topic-nav').isVisible(), false, 'the site navigation is hidden');
      assert.equal(await page.locator('.cube .filter-bar').isVisible(), false, 'the filters are hidden');
      const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      assert.ok(size >= 20, `large type (${size}px)`);
      assert.equal(await page.locator('[data-testid=presenter-prev]').count(), 0, 'no step before the first');
      await screenshot(page, 'step-1');

      await page.keyboard.press('ArrowRight');
      await atStep(page, c, 2);
      await page.keyboard.press('n');
      assert.equal(await page.getAttribute('[data-testid=presenter-notes]', 'open'), '', 'N opens the notes');
      assert.equal(await page.locator('[data-testid=presenter-notes] p').isVisible(), true);
      await screenshot(page, 'step-2-notes');
      await assertAxeClean(page, 'a presented step');
      await page.keyboard.press('ArrowRight');
      await atStep(page, c, 3);
      await page.keyboard.press('ArrowRight');
      await atStep(page, c, 3); // the last step stays
      assert.equal(await page.locator('[data-testid=presenter-next]').count(), 0, 'no step after the last');

      // A reload resumes where the presenter was.
      await page.reload();
      await atStep(page, c, 3);
      await page.keyboard.press('ArrowLeft');
      await atStep(page, c, 2);
      // Arrow keys in a control belong to the control.
      await page.focus('[data-testid=tab-chart]');
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/tab=trend/);
      assert.equal(params(page).step, '2', 'still step 2');

      await page.keyboard.press('Escape');
      await page.waitForURL((u) => !new URL(u).searchParams.has('present'));
      assert.equal(params(page).step, undefined);
      assert.equal(params(page).tab, 'trend', 'the same view state, without the presentation');
      assert.equal(await page.locator('[data-testid=presenter]').count(), 0);
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenting')), false);
      assert.equal(await page.locator('.topic-nav').isVisible(), true);
      assertClean(problems);
    } finally {
      await ctx.close();
    }
  });

  test('an unknown use case is named, and the view still works', async () => {
    const { ctx, page, problems } = await openPage(env.browser, env.server);
    try {
      await page.goto(`${env.server.url}?view=diagnoses&present=no-such-case&step=2`);
      await page.waitForSelector('[data-testid=bar-chart] canvas');
      assert.match(await page.textContent('[data-testid=presenter] [role=alert]'), /no-such-case/);
      await page.click('[data-testid=presenter-exit]');
      await page.waitForURL((u) => !new URL(u).searchParams.has('present'));
      await page.goto(`${env.server.url}?view=diagnoses&present=${CASE}&step=x`);
      await page.waitForSelector('[data-testid=notice-info]');
      assert.match(await page.textContent('[data-testid=notice-info]'), /step=x/);
      assertClean(problems);
    } finally {
      await ctx.close();
    }
  });
});
