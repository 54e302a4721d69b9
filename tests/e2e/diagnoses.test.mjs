// The view "Diagnoser i speciallægepraksis", used like a stakeholder: open it, change every filter,
// drill down by clicking a bar and by keyboard, go back up by the breadcrumb, use back/forward and
// a reloaded deep link, download the CSV, switch to English, open a malformed address. Every number
// shown is compared with the published JSON in dist/data; axe-core checks each main state; a
// screenshot of each state goes to tests/e2e/out/.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import {
  CubeView,
  assertAxeClean,
  assertClean,
  eventually,
  openPage,
  parseCsv,
  screenshot,
  setUp,
} from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('diagnoses');
});
after(async () => {
  await env?.tearDown();
});

/** A page on the diagnoses view, checked for problems when the test ends. */
async function view(t, params = {}) {
  const { ctx, page, problems } = await openPage(env.browser, env.server);
  t.after(async () => {
    await ctx.close();
  });
  const v = new CubeView(page, env.server, env.data);
  await v.goto(params);
  return { v, page, problems };
}

/** Check whatever the current tab shows against the JSON (or the not-published notice). */
async function checkShown(v) {
  await v.checkNumbers();
  // The filters show the state.
  const s = v.state();
  assert.equal(await v.checkedRadio('measure'), s.measure);
  assert.equal(await v.checkedRadio('by'), s.by);
  assert.equal(await v.checkedRadio('regions'), s.regions);
  assert.equal(await v.selectedValue('filter-year'), String(s.year));
  for (const d of ['spec', 'sex', 'age']) assert.equal(await v.selectedValue(`filter-${d}`), s[d]);
  await v.checkCrumbs();
}

describe('Diagnoser i speciallægepraksis', () => {
  test('opens the way eSundhed opens, with the published numbers in chart, trend and table', async (t) => {
    const { v, page, problems } = await view(t);
    const ds = env.data.ds;
    assert.equal(await page.textContent('h1'), ds.title.da);
    assert.equal((await page.textContent('[data-testid=description]')).trim(), ds.description.da);
    assert.equal(await page.getAttribute('html', 'lang'), 'da');
    // The measure picker comes before the filters.
    const order = await page.$$eval('[data-testid=measure], .filter-bar, [data-testid=by]', (els) =>
      els.map((e) => e.dataset.testid || 'filters'));
    assert.deepEqual(order, ['measure', 'filters', 'by']);
    assert.equal(await v.selectedValue('filter-year'), String(Math.max(...env.data.years())));
    assert.ok(await page.isVisible('text=Mock-up · syntetiske data'), 'the synthetic-data mark');
    await checkShown(v);
    await screenshot(page, 'default-chart');
    await assertAxeClean(page, 'default chart');

    await v.tab('trend');
    await eventually(async () => {
      const src = await v.chartSource('trend-chart');
      assert.ok(src && src.length > 0, 'trend drawn');
      const s = v.state();
      for (const [year, value] of src) {
        const cell = env.data.cell(s.measure, { year, diag: s.diag });
        assert.equal(value, cell === 'suppressed' ? null : cell, `trend ${year}`);
      }
      assert.equal(src.length, env.data.years().length, 'the trend covers every year');
    });
    await screenshot(page, 'default-trend');
    await assertAxeClean(page, 'trend');

    await v.tab('table');
    await checkShown(v);
    await screenshot(page, 'default-table');
    await assertAxeClean(page, 'table');
    assertClean(problems);
  });

  test('every filter changes the URL, and the shown numbers follow the JSON', async (t) => {
    const { v, page, problems } = await view(t, { tab: 'table' });
    const data = env.data;
    const years = data.years();
    const step = async (name, act, pred) => {
      await act();
      await v.waitForParams(pred, name);
      await checkShown(v);
      t.diagnostic(`${name}: ${v.expected().published ? 'published' : 'not published'} ${new URL(page.url()).search}`);
      await screenshot(page, `filter-${name}`);
    };
    const second = async (id) => (await v.options(id))[1];

    await step('measure-contacts', () => v.chooseRadio('measure', 'contacts'), (p) => p.measure === 'contacts');
    const prevYear = String(years[years.length - 2]);
    await step('year', () => v.select('filter-year', prevYear), (p) => p.year === prevYear);
    const spec = await second('filter-spec');
    await step('speciale', () => v.select('filter-spec', spec), (p) => p.spec === spec);
    const sex = await second('filter-sex');
    await step('sex', () => v.select('filter-sex', sex), (p) => p.sex === sex);
    const age = await second('filter-age');
    await step('age', () => v.select('filter-age', age), (p) => p.age === age);
    await assertAxeClean(page, 'filtered table');

    // A region together with sex and age is not published: the view says so and shows no number.
    await step('geo-region', () => v.select('filter-geo-1', '1084'), (p) => p.geo === '1084');
    if (!v.expected().published) await assertAxeClean(page, 'not published');
    await step('sex-all', () => v.select('filter-sex', data.total('sex')), (p) => !p.sex);
    await step('age-all', () => v.select('filter-age', data.total('age')), (p) => !p.age);

    // The 2027 regions: Region Hovedstaden is not one of them, so geography returns to the total,
    // and Region Østdanmark can be chosen.
    await step('regions-2027', () => v.chooseRadio('regions', '2027'), (p) => p.regions === '2027' && !p.geo);
    const regions2027 = await v.options('filter-geo-1');
    assert.ok(regions2027.includes('OST') && !regions2027.includes('1084'), 'the four 2027 regions');
    await step('geo-ost', () => v.select('filter-geo-1', 'OST'), (p) => p.geo === 'OST');
    const kommune = await second('filter-geo-2');
    await step('geo-kommune', () => v.select('filter-geo-2', kommune), (p) => p.geo === kommune);
    await step('geo-back-to-ost', () => v.select('filter-geo-2', 'OST'), (p) => p.geo === 'OST');

    // Diagnosis: chapter, then group, via the cascading selects.
    const chapter = (await v.options('filter-diag-1')).find((c) => data.children('diag', c).length > 0 && c !== 'T');
    await step('diag-chapter', () => v.select('filter-diag-1', chapter), (p) => p.diag === chapter);
    const group = await second('filter-diag-2');
    await step('diag-group', () => v.select('filter-diag-2', group), (p) => p.diag === group);

    // Breakdown by geography: the kommuner of Østdanmark.
    await step('by-geo', () => v.chooseRadio('by', 'geo'), (p) => p.by === 'geo');
    await step('diag-all', () => v.select('filter-diag-1', data.total('diag')), (p) => !p.diag);
    // A measure with decimals (per patient, per 1,000 inhabitants).
    const rate = data.ds.measures.find((m) => m.decimals > 0).id;
    await step('measure-with-decimals', () => v.chooseRadio('measure', rate), (p) => p.measure === rate);
    await assertAxeClean(page, 'by geography, 2027 regions');
    assertClean(problems);
  });

  test('drills down by clicking bars and by keyboard, back up by the breadcrumb, with back/forward and reload', async (t) => {
    const { v, page, problems } = await view(t);
    const data = env.data;

    // Click the first bar whose diagnosis has a level below it.
    const drillable = async () => {
      const s = v.state();
      const src = await v.checkBars();
      const codes = v.expected(s).rows;
      const i = src.findIndex(([label, value]) => value !== null &&
        codes.some((c) => data.children('diag', c).length > 0 && label.startsWith(`${c} `)));
      assert.ok(i >= 0, 'a drillable bar');
      const code = codes.find((c) => src[i][0].startsWith(`${c} `));
      return { i, code };
    };
    const first = await drillable();
    await v.clickBar(first.i, (p) => p.diag === first.code);
    await checkShown(v);
    assert.equal((await v.crumbs()).length, 2);
    await screenshot(page, 'drill-chapter-by-click');
    await assertAxeClean(page, 'drilled to a chapter');

    const second = await drillable();
    await v.clickBar(second.i, (p) => p.diag === second.code);
    await checkShown(v);
    assert.equal((await v.crumbs()).length, 3);
    await screenshot(page, 'drill-group-by-click');

    // Keyboard: the table, a focused row, arrow down, Enter.
    await v.tab('table');
    await checkShown(v);
    const rows = page.locator('[data-testid=result-table] tbody tr[tabindex="0"]');
    assert.ok((await rows.count()) >= 2, 'at least two rows to go down to');
    await rows.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => document.activeElement?.dataset.key);
    assert.equal(target, await rows.nth(1).getAttribute('data-key'), 'arrow down moves to the next row');
    await page.keyboard.press('Enter');
    await v.waitForParams((p) => p.diag === target, `diag=${target}`);
    await checkShown(v);
    await screenshot(page, 'drill-code-by-keyboard');
    const deep = page.url();

    // Back up by the breadcrumb: the chapter, then the top.
    await page.click('[data-testid=breadcrumb] li:nth-child(2) a');
    await v.waitForParams((p) => p.diag === first.code && p.tab === 'table', 'the chapter');
    await checkShown(v);
    await screenshot(page, 'breadcrumb-up-to-chapter');
    await page.click('[data-testid=breadcrumb] li:nth-child(1) a');
    await v.waitForParams((p) => !p.diag, 'the top');
    await checkShown(v);

    // Back and forward walk the same states.
    await page.goBack();
    await v.waitForParams((p) => p.diag === first.code, 'back: the chapter');
    await checkShown(v);
    await page.goBack();
    await v.waitForParams((p) => p.diag === target, 'back: the code');
    await checkShown(v);
    await page.goForward();
    await v.waitForParams((p) => p.diag === first.code, 'forward: the chapter');
    await checkShown(v);

    // A deep link survives a reload.
    await page.goto(deep);
    await page.reload();
    await v.waitReady();
    assert.equal(page.url(), deep);
    await checkShown(v);
    assert.equal(await page.getAttribute('[data-testid=tab-table]', 'aria-selected'), 'true');
    await screenshot(page, 'deep-link-reloaded');
    assertClean(problems);
  });

  test('a suppressed cell shows the one marker, and its value is nowhere: table, chart, CSV', async (t) => {
    const data = env.data;
    // Find a published, suppressed cell from the JSON and open the state that shows it.
    const found = findSuppressedState(data);
    assert.ok(found, 'the data have a suppressed cell');
    t.diagnostic(`suppressed cell: ${JSON.stringify(found)}`);
    const { v, page, problems } = await view(t, { ...found.params, tab: 'table' });
    const { table, suppressed } = await eventually(() => v.checkTable());
    assert.ok(suppressed > 0, `the table shows the suppressed cell (${JSON.stringify(found)})`);
    const legend = await page.textContent('[data-testid=legend]');
    assert.ok(legend.includes(data.ds.suppression.marker), 'the legend explains the marker');
    const summary = await page.textContent('[data-testid=summary]');
    assert.match(summary, new RegExp(`${suppressed} (af|of) \\d+`), 'the summary counts the suppressed cells');
    await screenshot(page, 'suppressed-table');
    await assertAxeClean(page, 'suppressed table');

    // The CSV: header notes, then exactly the table twin.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=download-csv]'),
    ]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    checkCsv(text, { url: page.url(), table, data, marker: data.ds.suppression.marker, lang: 'da' });

    // The chart: the bar is empty and its category carries the marker.
    await v.tab('chart');
    const src = await eventually(() => v.checkBars());
    assert.ok(src.some(([, value, , txt]) => value === null && txt === data.ds.suppression.marker));
    await screenshot(page, 'suppressed-chart');
    assertClean(problems);
  });

  test('switches to English and back, keeping the state', async (t) => {
    const { v, page, problems } = await view(t, { tab: 'table', by: 'spec' });
    await page.click('[data-testid=lang-toggle]');
    await v.waitForParams((p) => p.lang === 'en' && p.by === 'spec' && p.tab === 'table', 'lang=en');
    await eventually(async () => assert.equal(await page.getAttribute('html', 'lang'), 'en'));
    assert.equal(await page.textContent('h1'), env.data.ds.title.en);
    assert.equal(await page.textContent('label[for=filter-year]'), 'Year');
    assert.deepEqual(
      await page.$$eval('[role=tab]', (ts) => ts.map((x) => x.textContent.trim())),
      ['Chart', 'Trend', 'Table'],
    );
    assert.equal(await page.textContent('[data-testid=download-csv]'), 'Download table (CSV)');
    assert.ok(await page.isVisible('text=Mock-up · synthetic data'));
    await checkShown(v); // labels and number format in English
    await screenshot(page, 'english-table');
    await assertAxeClean(page, 'English');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=download-csv]'),
    ]);
    const { table } = await v.checkTable();
    checkCsv(await readFile(await download.path(), 'utf8'), {
      url: page.url(), table, data: env.data, marker: env.data.ds.suppression.marker, lang: 'en',
    });

    await page.click('[data-testid=lang-toggle]');
    await v.waitForParams((p) => !p.lang && p.by === 'spec', 'Danish again');
    await eventually(async () => assert.equal(await page.getAttribute('html', 'lang'), 'da'));
    await checkShown(v);
    assertClean(problems);
  });

  test('the chart follows the width of the window', async (t) => {
    const { page } = await view(t);
    await page.waitForSelector('[data-testid=bar-chart] canvas');
    const size = () =>
      page.evaluate(() => {
        const el = document.querySelector('[data-testid=bar-chart]');
        const inst = window.echarts.getInstanceByDom(el);
        return { box: el.clientWidth, chart: inst.getWidth(), canvas: el.querySelector('canvas').clientWidth };
      });
    const wide = await size();
    assert.equal(wide.chart, wide.box);
    await page.setViewportSize({ width: 760, height: 900 });
    await eventually(async () => {
      const narrow = await size();
      assert.ok(narrow.box < wide.box, `the container got narrower: ${JSON.stringify(narrow)}`);
      assert.equal(narrow.chart, narrow.box);
      assert.equal(narrow.canvas, narrow.box);
    });
  });

  test('on a phone the labels are shorter and the bars keep room, with the same numbers', async (t) => {
    const { ctx, page, problems } = await openPage(env.browser, env.server, { viewport: { width: 400, height: 850 } });
    t.after(async () => {
      await ctx.close();
    });
    const v = new CubeView(page, env.server, env.data);
    await v.goto({});
    const src = await v.checkBars();
    const plain = (label) => (label.endsWith(` ${v.marker}`) ? label.slice(0, -v.marker.length - 1) : label);
    assert.ok(src.every(([label]) => [...plain(label)].length <= 20), 'labels of at most 20 characters (and the marker)');
    const room = await page.evaluate(() => {
      const inst = window.echarts.getInstanceByDom(document.querySelector('[data-testid=bar-chart]'));
      const max = Math.max(...inst.getOption().dataset[0].source.slice(1).map((r) => r[1] ?? 0));
      const x = (value) => inst.convertToPixel({ seriesIndex: 0 }, [value, 0])[0];
      return { bar: x(max) - x(0), chart: inst.getWidth() };
    });
    assert.ok(room.bar >= 0.35 * room.chart, `the longest bar is ${room.bar} of ${room.chart} px`);
    await screenshot(page, 'phone');
    assertClean(problems);
  });

  test('a malformed address falls back to defaults with a visible notice', async (t) => {
    const { v, page, problems } = await view(t, {
      foo: 'bar', year: '20x5', geo: 'ZZZ9', diag: 'NOPE', by: 'colour', measure: 'no_such_measure',
    });
    const notice = page.locator('[data-testid=notice-info]');
    await notice.waitFor();
    const text = await notice.textContent();
    for (const part of ['foo', 'year=20x5', 'geo=ZZZ9', 'diag=NOPE', 'by=colour', 'measure=no_such_measure']) {
      assert.ok(text.includes(part), `the notice names «${part}»: ${text}`);
    }
    // The view itself is the default one.
    assert.equal(await v.checkedRadio('measure'), 'patients');
    assert.equal(await v.checkedRadio('by'), 'diag');
    assert.equal(await v.selectedValue('filter-geo-1'), env.data.total('geo'));
    assert.equal(await v.selectedValue('filter-diag-1'), env.data.total('diag'));
    await screenshot(page, 'malformed-url-notice');
    await assertAxeClean(page, 'URL notice');
    // A value outside the chosen region structure is named too.
    await v.goto({ regions: '2027', geo: '1084' });
    assert.match(await page.locator('[data-testid=notice-info]').textContent(), /1084/);
    assertClean(problems);
  });
});

/**
 * A state whose table shows a suppressed cell: take the first suppressed cell of a table, break
 * down by a dimension of it below its total (the cell is then a row or the total row).
 */
function findSuppressedState(data) {
  for (const t of data.ds.tables) {
    for (const idx of t.suppressed) {
      const coords = {};
      let rest = idx;
      for (let d = t.dims.length - 1; d >= 0; d -= 1) {
        const n = t.codes[d].length;
        coords[t.dims[d]] = t.codes[d][rest % n];
        rest = Math.floor(rest / n);
      }
      for (const by of t.dims.filter((d) => d !== 'year')) {
        const code = data.code(by, coords[by]);
        if (!code || code.level === 0) continue;
        const regions = by === 'geo' && !code.parents.std ? '2027' : 'std';
        if (by !== 'geo' && coords.geo && !data.code('geo', coords.geo).parents?.std &&
            coords.geo !== data.total('geo')) continue;
        const params = { by, year: coords.year };
        if (regions !== 'std') params.regions = regions;
        for (const d of t.dims) {
          if (d !== 'year' && coords[d] !== data.total(d)) params[d] = coords[d];
        }
        return { params, table: t.id, coords };
      }
    }
  }
  return null;
}

/** The CSV: synthetic-data header, source, period, suppression rule, the view's URL, the table. */
function checkCsv(text, { url, table, data, marker, lang }) {
  const sep = lang === 'da' ? ';' : ',';
  const recs = parseCsv(text, sep);
  const head = (name) => recs.find((r) => r[0] === name)?.[1];
  const L = lang === 'da'
    ? { source: 'Kilde', period: 'Periode', rule: 'Diskretionering', view: 'Visning', synth: /SYNTETISKE DATA/ }
    : { source: 'Source', period: 'Period', rule: 'Disclosure control', view: 'View', synth: /SYNTHETIC DATA/ };
  assert.match(recs[0][0], L.synth, 'first line: synthetic data');
  assert.match(head(L.source) || '', /ynt/, 'source names the synthetic generator');
  assert.equal(head(L.period), `${table.years[0]}-${table.years[table.years.length - 1]}`, 'period');
  assert.equal(head(L.rule), data.ds.suppression.rule[lang], 'suppression rule');
  assert.equal(head(L.view), url, 'the address of the view');
  const blank = recs.findIndex((r) => r.length === 1 && r[0] === '');
  assert.ok(blank > 0, 'a blank line before the table');
  const [header, ...rows] = recs.slice(blank + 1);
  assert.deepEqual(header.slice(2), table.years, 'year columns');
  assert.equal(rows.length, table.rows.length, 'one record per table row');
  rows.forEach((r, i) => {
    const shown = table.rows[i];
    assert.equal(r[1], shown.key, `row ${i} code`);
    assert.equal(r[0], shown.label, `row ${i} label`);
    shown.cells.forEach((c, j) => {
      const expected = c.suppressed ? marker : c.missing ? '' : c.text.replaceAll(lang === 'da' ? '.' : ',', '');
      assert.equal(r[2 + j], expected, `CSV cell ${shown.key} ${table.years[j]}`);
    });
  });
  // No digits where a value is suppressed.
  for (const r of rows) for (const c of r.slice(2)) if (c.includes(marker)) assert.equal(c, marker);
}

