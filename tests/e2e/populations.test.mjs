// The view "Patientpopulationer på tværs af sektorer", used like a stakeholder: a population found
// in specialist practice only, in hospital only, or both; per 1,000 inhabitants by region and
// kommune; another population; the share of the population found in each sector; English. Every
// number shown is compared with dist/data/populationer.json; axe-core checks each main state;
// screenshots go to tests/e2e/out/populations-*.png.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VIEWS, assertAxeClean, assertClean, openView, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('populations', 'populationer');
});
after(async () => {
  await env?.tearDown();
});

const view = (t, params, opts) => openView(env, t, VIEWS.populations, params, opts);

describe('Patientpopulationer på tværs af sektorer', () => {
  test('where type 2 diabetes is found, per 1,000 by region and kommune, and another population', async (t) => {
    const { v, page, problems } = await view(t, {});
    assert.equal(await page.textContent('h1'), env.data.ds.title.da);
    assert.equal(await v.selectedValue('filter-pop'), 'T2D', 'starts at type 2 diabetes');
    await v.checkNumbers();
    // The three sectors in their order, not ranked.
    const order = (await v.chartSource()).map(([label]) => label);
    assert.deepEqual(order, env.data.children('overlap', 'T').map((c) => env.data.label('overlap', c, 'da')));
    assert.equal(await page.locator('[data-testid=population-card] dt').count(), 3);
    await screenshot(page, 'default');
    await assertAxeClean(page, 'populations default');

    await v.chooseRadio('measure', 'persons_per_1000');
    await v.waitForParams((p) => p.measure === 'persons_per_1000', 'per 1,000');
    await v.chooseRadio('by', 'geo');
    await v.waitForParams((p) => p.by === 'geo', 'by=geo');
    await v.checkNumbers();
    await v.select('filter-geo-1', '1085');
    await v.waitForParams((p) => p.geo === '1085', 'geo=1085');
    await v.checkNumbers();
    await screenshot(page, 'per-1000-kommuner');

    await v.select('filter-pop', 'ADHD');
    await v.waitForParams((p) => p.pop === 'ADHD', 'pop=ADHD');
    await v.checkNumbers();
    await v.chooseRadio('by', 'age');
    await v.waitForParams((p) => p.by === 'age', 'by=age');
    await v.checkNumbers();
    await screenshot(page, 'adhd-by-age');
    assertClean(problems);
  });

  test('one click on a policy preset sets population and filters, by mouse and by keyboard', async (t) => {
    const { v, page, problems } = await view(t, { by: 'geo' });
    const presets = page.locator('[data-testid=presets] a');
    assert.equal(await presets.count(), 6, 'four care pathways and two psychiatry presets');
    assert.equal(await page.getAttribute('[data-testid=presets] a >> nth=0', 'aria-current'), 'true', 'type 2 diabetes is current');
    await page.click('[data-testid=presets] a >> text=Børn og unge');
    await v.waitForParams((p) => p.pop === 'ADHD' && p.age === '0-17' && !p.by, 'the ADHD preset');
    await v.checkNumbers();
    assert.equal(await v.selectedValue('filter-pop'), 'ADHD');
    assert.equal(await v.selectedValue('filter-age'), '0-17');
    assert.equal(await page.getAttribute('[data-testid=presets] a >> text=Børn og unge', 'aria-current'), 'true');
    await screenshot(page, 'preset-young-adhd');
    await assertAxeClean(page, 'preset');
    // Keyboard: focus a preset and press Enter.
    await page.focus('[data-testid=presets] a >> text=KOL');
    await page.keyboard.press('Enter');
    await v.waitForParams((p) => p.pop === 'KOL' && !p.age, 'the KOL preset');
    await v.checkNumbers();
    assertClean(problems);
  });

  test('the share found in each sector, in English', async (t) => {
    const { v, page, problems } = await view(t, { measure: 'overlap_share', pop: 'RA', lang: 'en' });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await v.checkNumbers();
    const shares = (await v.chartSource()).map((r) => r[1]).filter((x) => x !== null);
    assert.ok(shares.every((x) => x >= 0 && x <= 100), `shares are per cent: ${shares}`);
    await screenshot(page, 'ra-shares-english');
    await assertAxeClean(page, 'shares in English');
    assertClean(problems);
  });
});
