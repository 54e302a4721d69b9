// The view "Henvisninger til speciallægepraksis", used like a stakeholder: referrals by speciale
// and kommune, by referrer and type (with self-referral to eye and ENT), the waiting-time
// distribution in its natural order, the median wait by region, and the link to the diagnoses
// view. Every number shown is compared with dist/data/henvisninger.json; axe-core checks each
// main state; screenshots go to tests/e2e/out/referrals-*.png.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VIEWS, assertAxeClean, assertClean, openView, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('referrals', 'henvisninger');
});
after(async () => {
  await env?.tearDown();
});

const view = (t, params, opts) => openView(env, t, VIEWS.referrals, params, opts);

describe('Henvisninger til speciallægepraksis', () => {
  test('referrals by speciale, then by kommune, with the card and the referrers', async (t) => {
    const { v, page, problems } = await view(t, {});
    assert.equal(await page.textContent('h1'), env.data.ds.title.da);
    assert.equal(await v.selectedValue('filter-rsrc-1'), 'HEN', 'starts at referrals with a referral');
    await v.checkNumbers();
    assert.equal(await page.locator('[data-testid=population-card] dt').count(), 3);
    await screenshot(page, 'default');
    await assertAxeClean(page, 'referrals default');

    // Eye specialists by region, then the kommuner of one region.
    await v.select('filter-spec', 'OFT');
    await v.waitForParams((p) => p.spec === 'OFT', 'spec=OFT');
    await v.chooseRadio('by', 'geo');
    await v.waitForParams((p) => p.by === 'geo', 'by=geo');
    await v.checkNumbers();
    await v.select('filter-geo-1', '1081');
    await v.waitForParams((p) => p.geo === '1081', 'geo=1081');
    await v.checkNumbers();
    await screenshot(page, 'eye-kommuner');

    // All course starts by referrer: self-referral shows for eye.
    await v.select('filter-geo-1', 'DK');
    await v.select('filter-rsrc-1', 'T');
    await v.waitForParams((p) => p.rsrc === 'T', 'rsrc=T');
    await v.chooseRadio('by', 'rsrc');
    await v.waitForParams((p) => p.by === 'rsrc', 'by=rsrc');
    await v.checkNumbers();
    const src = await v.chartSource();
    const self = src.find(([label]) => label.startsWith(env.data.label('rsrc', 'SELV', 'da').slice(0, 20)));
    assert.ok(self && self[1] > 0, 'eye specialists have self-referrals');
    await screenshot(page, 'eye-by-referrer');
    assertClean(problems);
  });

  test('the waiting-time distribution keeps its order; the median by region shows the differences', async (t) => {
    const { v, page, problems } = await view(t, { spec: 'OFT', by: 'wait', measure: 'wait_share' });
    await v.checkNumbers();
    const bands = (await v.chartSource()).map(([label]) => label.replace(/ \.\.$/, ''));
    const expected = env.data.children('wait', 'T').map((c) => env.data.label('wait', c, 'da'));
    assert.deepEqual(bands, expected, 'bands in their natural order, not ranked');
    await screenshot(page, 'eye-wait-distribution');
    await assertAxeClean(page, 'wait distribution');

    await v.chooseRadio('measure', 'median_wait');
    await v.waitForParams((p) => p.measure === 'median_wait', 'measure=median_wait');
    await v.chooseRadio('by', 'geo');
    await v.waitForParams((p) => p.by === 'geo', 'by=geo');
    await v.checkNumbers();
    const medians = (await v.chartSource()).map((r) => r[1]).filter((x) => x !== null);
    assert.ok(medians.length >= 4 && Math.max(...medians) > Math.min(...medians) * 1.2,
      `regional differences are visible: ${medians}`);
    await screenshot(page, 'eye-median-by-region');

    // The link to the diagnoses view keeps speciale and region, and drops the referral filters.
    const href = new URL(await page.getAttribute('[data-testid=related-diagnoses]', 'href'), page.url());
    assert.equal(href.searchParams.get('spec'), 'OFT');
    assert.equal(href.searchParams.get('rsrc'), null);
    assert.equal(href.searchParams.get('by'), 'geo', 'both views break down by geography');
    assertClean(problems);
  });
});
