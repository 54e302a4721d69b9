// The view "Patientforløb på tværs af sektorer", used like a stakeholder: the pathway of a
// population as a Sankey diagram (how the courses began, hospital contact within 12 months, status
// at the end of the year) with its table twin; another population, a region and an age group; the
// days each step took; the breakdown drilled down by click; English. Every number shown (Sankey
// links, their table, bars, table) is compared with dist/data/forloeb.json; axe-core checks each
// main state; screenshots go to tests/e2e/out/pathways-*.png.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PublishedData } from './data.mjs';
import { VIEWS, assertAxeClean, assertClean, eventually, openView, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('pathways', 'forloeb');
});
after(async () => {
  await env?.tearDown();
});

const view = (t, params, opts) => openView(env, t, VIEWS.pathways, params, opts);
const FLOW_MEASURES = ['patients', 'flow_share', 'p25_days', 'median_days', 'p75_days'];

/**
 * The Sankey section against the JSON: one table row per flow (the starts, then each hospital
 * step with the statuses under it), every cell the published cell or the marker; one Sankey link
 * per flow with a published, positive count, valued with that count; no link for a hidden flow.
 */
async function checkFlows(v) {
  const s = v.state();
  const d = env.data;
  const expected = [
    ...d.children('pin', 'T').map((c) => ['pin', c]),
    ...d.children('pout', 'T').flatMap((h) => [['pout', h], ...d.children('pout', h).map((c) => ['pout', c])]),
  ];
  const coords = (dim, code) => ({ year: String(s.year), geo: s.geo, pop: s.pop, age: s.age, pin: 'T', pout: 'T', [dim]: code });
  return eventually(async () => {
    const rows = await v.page.$$eval('[data-testid=flows-table] tbody tr', (trs) =>
      trs.map((tr) => ({
        key: tr.dataset.key,
        cells: [...tr.querySelectorAll('td')].map((td) => ({
          text: td.textContent,
          suppressed: !!td.querySelector('.num--suppressed'),
          missing: !!td.querySelector('.num--missing'),
        })),
      })));
    assert.deepEqual(rows.map((r) => r.key), expected.map(([dim, c]) => `${dim}:${c}`), 'one row per flow, in step order');
    let drawn = 0;
    let hidden = 0;
    for (const r of rows) {
      const [dim, code] = r.key.split(':');
      FLOW_MEASURES.forEach((m, i) => {
        const want = d.cell(m, coords(dim, code));
        const c = r.cells[i];
        const where = `${m} ${r.key}`;
        if (want === 'suppressed') {
          assert.ok(c.suppressed, `${where} shows the marker`);
          assert.doesNotMatch(c.text, /\d/, `${where}: no digit`);
        } else if (want === null || want === undefined) {
          assert.ok(c.missing, `${where} is a dash`);
        } else {
          assert.equal(c.text, PublishedData.format(want, d.measure(m).decimals, s.lang), where);
        }
      });
      const n = d.cell('patients', coords(dim, code));
      if (n === 'suppressed') hidden += 1;
      else if (n > 0) drawn += 1;
    }
    const links = await v.page.evaluate(() => {
      const el = document.querySelector('[data-testid=sankey-chart]');
      const inst = el && window.echarts.getInstanceByDom(el);
      return inst ? inst.getOption().series[0].links.map((l) => ({ value: l.value, tip: l.tooltip.formatter })) : null;
    });
    assert.ok(links, 'the Sankey is live');
    assert.equal(links.length, drawn, 'one link per published flow with patients');
    const published = new Set(
      expected.map(([dim, c]) => d.cell('patients', coords(dim, c))).filter((x) => typeof x === 'number'),
    );
    for (const l of links) assert.ok(published.has(l.value), `link value ${l.value} is a published flow`);
    const summary = await v.page.textContent('[data-testid=flows-summary]');
    if (hidden > 0) assert.match(summary, new RegExp(`${hidden} (strøm|flow)`), 'the summary counts the hidden flows');
    return { drawn, hidden, links };
  });
}

describe('Patientforløb på tværs af sektorer', () => {
  test('the pathway of type 2 diabetes as a Sankey with its table twin, then depression in a region', async (t) => {
    const { v, page, problems } = await view(t, {});
    assert.equal(await page.textContent('h1'), env.data.ds.title.da);
    assert.equal(await v.selectedValue('filter-pop'), 'T2D', 'starts at type 2 diabetes');
    await page.waitForSelector('[data-testid=sankey-chart] canvas');
    const { links } = await checkFlows(v);
    // Tooltips carry the numbers in Danish, e.g. "14.010 patienter (85,2 %)".
    assert.ok(links.some((l) => /\d\.\d{3} patienter \(\d+,\d %\)/.test(l.tip)), `Danish tooltips: ${links[0]?.tip}`);
    await v.checkNumbers();
    assert.equal(await page.locator('[data-testid=population-card] dt').count(), 3);
    await screenshot(page, 'default');
    await assertAxeClean(page, 'pathways default');

    await v.select('filter-pop', 'DEP');
    await v.waitForParams((p) => p.pop === 'DEP', 'pop=DEP');
    await checkFlows(v);
    await v.checkNumbers();
    await v.select('filter-geo-1', '1081');
    await v.waitForParams((p) => p.geo === '1081', 'geo=1081');
    await checkFlows(v);
    await v.checkNumbers();
    await screenshot(page, 'depression-nordjylland');
    assertClean(problems);
  });

  test('days to each step, drilled down by click, for children and young people, in English', async (t) => {
    const { v, page, problems } = await view(t, { measure: 'median_days' });
    await v.checkNumbers();
    // Drill into the hospital step: its statuses at the end of the year.
    const src = await v.chartSource();
    const sh = src.findIndex(([label]) => label.startsWith(env.data.label('pout', 'SH', 'da')));
    assert.ok(sh >= 0, 'the hospital step is a bar');
    await v.clickBar(sh, (p) => p.pout === 'SH');
    await v.checkNumbers();
    await v.checkCrumbs();
    await screenshot(page, 'median-days-hospital');

    await page.click('[data-testid=presets] a >> text=Børn og unge');
    await v.waitForParams((p) => p.pop === 'ADHD' && p.age === '0-17', 'the ADHD preset');
    await checkFlows(v);
    await v.checkNumbers();

    await v.goto({ pop: 'RA', by: 'pin', lang: 'en' });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await checkFlows(v);
    await v.checkNumbers();
    assert.match(await page.textContent('[data-testid=flows] h2'), /The pathway step by step/);
    await screenshot(page, 'ra-english');
    await assertAxeClean(page, 'pathways in English');
    assertClean(problems);
  });
});
