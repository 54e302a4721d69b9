// The view "Aktivitet pr. patientpopulation", used like a stakeholder: contacts per patient of
// type 2 diabetes by number of contacts; the share of patients with 1, 2-5, 6-10 and more than 10
// contacts; by speciale; hospital outpatient contacts of the same patients by region; the
// psychiatry presets; English. Every number shown is compared with dist/data/aktivitet.json;
// axe-core checks each main state; screenshots go to tests/e2e/out/activity-*.png.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VIEWS, assertAxeClean, assertClean, openView, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('activity', 'aktivitet');
});
after(async () => {
  await env?.tearDown();
});

const view = (t, params, opts) => openView(env, t, VIEWS.activity, params, opts);

describe('Aktivitet pr. patientpopulation', () => {
  test('contacts per patient and the distribution of contacts, by speciale, outpatient contacts by region', async (t) => {
    const { v, page, problems } = await view(t, {});
    assert.equal(await page.textContent('h1'), env.data.ds.title.da);
    assert.equal(await v.selectedValue('filter-pop'), 'T2D');
    await v.checkNumbers();
    // The bands in their order, not ranked.
    const order = (await v.chartSource()).map(([label]) => label);
    assert.deepEqual(order, env.data.children('cband', 'T').map((c) => env.data.label('cband', c, 'da')));
    await screenshot(page, 'default');
    await assertAxeClean(page, 'activity default');

    await v.chooseRadio('measure', 'band_share');
    await v.waitForParams((p) => p.measure === 'band_share', 'band_share');
    await v.checkNumbers();
    await screenshot(page, 'band-share');

    await v.chooseRadio('measure', 'contacts_per_patient');
    // The view's own measure: the address drops it again.
    await v.waitForParams((p) => p.measure === undefined, 'no measure (the default)');
    await v.chooseRadio('by', 'spec');
    await v.waitForParams((p) => p.by === 'spec', 'by=spec');
    await v.checkNumbers();
    await v.tab('table');
    await v.checkNumbers();
    await screenshot(page, 'by-speciale-table');

    await v.goto({ measure: 'outpatient_per_patient', by: 'geo', pop: 'RA' });
    await v.checkNumbers();
    await screenshot(page, 'outpatient-by-region');
    assertClean(problems);
  });

  test('psychiatry presets show children and young people among the age groups, in English', async (t) => {
    const { v, page, problems } = await view(t, {});
    await page.click('[data-testid=presets] a >> text=Børn og unge');
    await v.waitForParams((p) => p.pop === 'ADHD' && p.age === '0-17' && p.by === 'age', 'the ADHD preset, by age');
    await v.checkNumbers();
    const src = await v.chartSource();
    assert.ok(src.some(([label]) => label.startsWith('0-17')), 'the children are one of the age bars');
    await screenshot(page, 'preset-young-adhd');

    await v.goto({ pop: 'DEP', measure: 'remote_per_patient', by: 'age', lang: 'en' });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await v.checkNumbers();
    await screenshot(page, 'dep-remote-english');
    await assertAxeClean(page, 'activity in English');
    assertClean(problems);
  });
});
