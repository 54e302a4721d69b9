// The view "Speciallægepatienter med sygehuskontakt", used like a stakeholder: reach it from the
// overview in one click, read the shares and the population card, change filters, drill down,
// follow the link to the diagnoses view with the filters carried over, switch to English. Every
// number shown is compared with the published JSON (dist/data/sygehuskontakt.json); axe-core
// checks each main state; screenshots go to tests/e2e/out/hospital-*.png.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  VIEWS,
  assertAxeClean,
  assertClean,
  openView,
  screenshot,
  setUp,
} from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('hospital', 'sygehuskontakt');
});
after(async () => {
  await env?.tearDown();
});

const view = (t, params, opts) => openView(env, t, VIEWS.hospital, params, opts);

describe('Speciallægepatienter med sygehuskontakt', () => {
  test('one click from the overview; shares by diagnosis with the population card', async (t) => {
    const { v, page, problems } = await view(t, null);
    await page.goto(`${env.server.url}`);
    await page.click('a[href*="view=hospital"] >> nth=0');
    await v.waitReady();
    assert.equal(await page.textContent('h1'), env.data.ds.title.da);
    assert.equal(await v.checkedRadio('measure'), 'share_same_after', 'the share is the headline measure');
    // Only the dataset's years are offered.
    assert.deepEqual(await v.options('filter-year'), env.data.years().map(String).reverse());
    await v.checkNumbers();
    const card = page.locator('[data-testid=population-card]');
    assert.equal(await card.locator('dt').count(), 3, 'population, matching rule, time window');
    assert.match(await card.textContent(), /12 måneder før og 12 måneder efter/);
    await screenshot(page, 'default');
    await assertAxeClean(page, 'hospital default');

    // Drill into a chapter by clicking its bar: the groups are published nationally.
    const src = await v.checkBars();
    const rows = v.expected().rows;
    const i = src.findIndex(([label, value]) => value !== null &&
      rows.some((c) => env.data.children('diag', c).length > 0 && label.startsWith(`${c} `)));
    const code = rows.find((c) => src[i][0].startsWith(`${c} `));
    await v.clickBar(i, (p) => p.diag === code);
    await v.checkNumbers();
    await screenshot(page, 'drill-chapter');

    await v.tab('table');
    await v.checkNumbers();
    await assertAxeClean(page, 'hospital table');
    assertClean(problems);
  });

  test('regions without kommuner; the link to the diagnoses view keeps the filters', async (t) => {
    const { v, page, problems } = await view(t, { spec: 'OFT', by: 'geo' });
    await v.checkNumbers();
    // The geography picker stops at the regions: hospital contacts are not published by kommune.
    await page.selectOption('#filter-geo-1', '1084');
    await v.waitForParams((p) => p.geo === '1084', 'geo=1084');
    assert.equal(await page.$('#filter-geo-2'), null, 'no kommune level offered');
    await page.selectOption('#filter-geo-1', 'DK');
    await v.waitForParams((p) => !p.geo, 'geo back to the country');
    await v.checkNumbers();
    await screenshot(page, 'eye-by-region');

    // Another measure, another year.
    await v.chooseRadio('measure', 'lpr_any');
    await v.waitForParams((p) => p.measure === 'lpr_any', 'measure=lpr_any');
    await v.select('filter-year', '2024');
    await v.waitForParams((p) => p.year === '2024', 'year=2024');
    await v.checkNumbers();

    const link = page.locator('[data-testid=related-diagnoses]');
    const href = new URL(await link.getAttribute('href'), page.url());
    assert.equal(href.searchParams.get('view'), 'diagnoses');
    assert.equal(href.searchParams.get('spec'), 'OFT', 'speciale carried over');
    assert.equal(href.searchParams.get('year'), '2024', 'year carried over');
    assert.equal(href.searchParams.get('by'), 'geo', 'breakdown carried over');
    assert.equal(href.searchParams.get('measure'), null, 'the diagnoses view opens on its own measure');
    await link.click();
    await page.waitForSelector('[data-testid=page-diagnoses]');
    assert.equal(await page.$eval('#filter-spec', (el) => el.value), 'OFT');
    // And back: the diagnoses view links to this one.
    await page.click('[data-testid=related-hospital]');
    await v.waitReady();
    assert.equal(v.params().spec, 'OFT');
    assertClean(problems);
  });

  test('in English, with the card and lang following the toggle', async (t) => {
    const { v, page, problems } = await view(t, { lang: 'en', by: 'sex' });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.textContent('h1'), env.data.ds.title.en);
    assert.match(await page.textContent('[data-testid=population-card]'), /Time window/);
    await v.checkNumbers();
    await screenshot(page, 'english-by-sex');
    await assertAxeClean(page, 'hospital in English');
    assertClean(problems);
  });
});
