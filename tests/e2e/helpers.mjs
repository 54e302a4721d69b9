// Browser set-up and a small page object for the diagnoses view.
//
// - Debian's Chromium through playwright-core, a fresh profile per run, no background traffic.
// - Every page records console errors, page errors and any request to another origin; the specs
//   assert all three are empty.
// - The page object reads the view the way a person does (selects, radios, tabs, table, chart)
//   and compares what it shows with the published JSON (./data.mjs).

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilderModule from '@axe-core/playwright';
import { PublishedData } from './data.mjs';
import { startServer } from './server.mjs';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = resolve(process.env.E2E_DIST || join(REPO, 'dist'));
export const OUT = join(REPO, 'tests/e2e/out');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Chromium (a fresh, temporary user-data-dir is created by playwright for each launch). */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

let shotPrefix = 'e2e';
let shotNo = 0;

/**
 * The server, the browser and the published data, for a spec file. `prefix` names the spec's
 * screenshots (`<prefix>-NN-<state>.png`); the spec's old screenshots are removed. `dist`: another
 * build to serve (the gallery build).
 */
export async function setUp(prefix, datasetId = 'diagnoser', { dist = DIST } = {}) {
  shotPrefix = prefix;
  assert.ok(
    (() => {
      try {
        readFileSync(join(dist, 'index.html'));
        return true;
      } catch {
        return false;
      }
    })(),
    `no build in ${dist}: run \`trunk build --release\` (npm test does)`,
  );
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.startsWith(`${prefix}-`)) rmSync(join(OUT, f));
  const server = await startServer({ root: dist, base: '/mockup/' });
  const browser = await launchBrowser();
  const data = new PublishedData(dist, datasetId);
  return {
    server,
    browser,
    data,
    async tearDown() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A new browser context (axe needs one, TOOLCHAIN.md pitfall 10) and page that record problems.
 * @returns {Promise<{ctx, page, problems: {console: string[], pageErrors: string[], external: string[]}}>}
 */
export async function openPage(browser, server, { lang, viewport, serviceWorkers = 'block' } = {}) {
  const ctx = await browser.newContext({
    // The offline worker is tested on its own (offline.test.mjs); elsewhere it would hide the
    // requests that tests intercept.
    serviceWorkers,
    acceptDownloads: true,
    viewport: viewport || { width: 1280, height: 900 },
    locale: lang || 'da-DK',
  });
  const problems = { console: [], pageErrors: [], external: [] };
  ctx.on('request', (r) => {
    const u = new URL(r.url());
    if ((u.protocol === 'http:' || u.protocol === 'https:' || u.protocol.startsWith('ws')) &&
        u.origin !== server.origin) {
      problems.external.push(r.url());
    }
  });
  const page = await ctx.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(`${m.text()} @ ${m.location()?.url || ''}`);
  });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e?.stack || e)));
  return { ctx, page, problems };
}

/** Assert a page had no console errors, no page errors and no request to another origin. */
export function assertClean(problems, { allowConsole = [] } = {}) {
  const consoleErrors = problems.console.filter((t) => !allowConsole.some((re) => re.test(t)));
  assert.deepEqual(problems.pageErrors, [], 'page errors');
  assert.deepEqual(consoleErrors, [], 'console errors');
  assert.deepEqual(problems.external, [], 'requests to other origins');
}

/** Retry `fn` (which throws on failure) until it passes or `timeout` ms have passed. */
export async function eventually(fn, { timeout = 4000, interval = 50 } = {}) {
  const t0 = Date.now();
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() - t0 > timeout) throw e;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

/** axe-core on the page: 0 violations, with a readable list if not (`disable`: rules not run). */
export async function assertAxeClean(page, label, { disable = [] } = {}) {
  const res = await new AxeBuilder({ page }).disableRules(disable).analyze();
  const list = res.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
  assert.deepEqual(list, [], `axe violations in state "${label}"`);
}

/** A full-page screenshot into tests/e2e/out/ (<prefix>-NN-<name>.png). */
export async function screenshot(page, name) {
  shotNo += 1;
  const file = join(OUT, `${shotPrefix}-${String(shotNo).padStart(2, '0')}-${name}.png`);
  // Charts have animation off; one frame for the last paint.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Parse CSV text (RFC 4180 quoting) into records. */
export function parseCsv(text, sep) {
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  text = text.replace(/^\uFEFF/, '');
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
    i += 1;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The longest category label in a window `width` px wide (charts.rs `max_label`). */
const maxLabel = (width) => (width < 600 ? 20 : 44);

/** The chart's shortened category label (charts.rs `short`). */
function shortLabel(label, max) {
  const chars = [...label];
  if (chars.length <= max) return label;
  return chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/** The views on the cube engine: their `view` code and defaults (src/views.rs). */
export const VIEWS = {
  diagnoses: { view: 'diagnoses', measure: 'patients', by: 'diag' },
  hospital: { view: 'hospital', measure: 'share_same_after', by: 'diag' },
  referrals: { view: 'referrals', measure: 'referrals', by: 'spec', start: { rsrc: 'HEN' } },
  populations: { view: 'populations', measure: 'persons', by: 'overlap', start: { pop: 'T2D' } },
  pathways: { view: 'pathways', measure: 'patients', by: 'pout', start: { pop: 'T2D' } },
  activity: { view: 'activity', measure: 'contacts_per_patient', by: 'cband', start: { pop: 'T2D' } },
};

/** Dimensions whose bars keep their order (state.rs `is_ordinal`). */
const ORDINAL = ['age', 'wait', 'overlap', 'pin', 'pout', 'cband'];

/**
 * Open a cube view in a new context (closed when the test ends) at `params` (or nowhere if null).
 * @returns {Promise<{v: CubeView, page, problems}>}
 */
export async function openView(env, t, spec, params = {}, opts = {}) {
  const { ctx, page, problems } = await openPage(env.browser, env.server, opts);
  t.after(async () => {
    await ctx.close();
  });
  const v = new CubeView(page, env.server, env.data, spec);
  if (params) await v.goto(params);
  return { v, page, problems };
}

/** A cube view (diagnoses, hospital contact, referrals, populations), used like a stakeholder would. */
export class CubeView {
  constructor(page, server, data, spec = VIEWS.diagnoses) {
    this.page = page;
    this.server = server;
    this.data = data;
    this.spec = spec;
    // The dataset's dimensions (other than the year), as the view shows them.
    this.dims = data.ds.dimensions.filter((d) => d !== 'year');
    this.marker = data.ds.suppression.marker;
  }

  /** Address of a state under the sub-path. */
  href(params = {}) {
    const q = new URLSearchParams({ view: this.spec.view, ...params });
    return `${this.server.url}?${q}`;
  }

  async goto(params = {}) {
    await this.page.goto(this.href(params));
    await this.waitReady();
  }

  async waitReady() {
    await this.page.waitForSelector(`[data-testid=page-${this.spec.view}], [data-testid=notice-error]`, {
      timeout: 15000,
    });
    await this.page.waitForSelector(
      [
        '[data-testid=result-table] tbody tr',
        '[data-testid=bar-chart] canvas',
        '[data-testid=trend-chart] canvas',
        '[data-testid=notice-not-published]',
        '[data-testid=notice-error]',
      ].join(', '),
      { timeout: 15000 },
    );
  }

  /** The URL's query parameters. */
  params() {
    return Object.fromEntries(new URL(this.page.url()).searchParams);
  }

  /** The state the URL stands for, with the app's defaults filled in. */
  state() {
    const p = this.params();
    const s = {
      measure: p.measure || this.spec.measure,
      year: Number(p.year || Math.max(...this.data.years())),
      regions: p.regions || 'std',
      by: p.by || this.spec.by,
      tab: p.tab || 'chart',
      lang: p.lang || 'da',
    };
    for (const d of this.dims) s[d] = p[d] || this.spec.start?.[d] || this.data.total(d);
    return s;
  }

  /** Wait until the URL satisfies `pred(params)` (after a click or a change). */
  async waitForParams(pred, what) {
    await this.page.waitForURL((u) => pred(Object.fromEntries(new URL(u).searchParams)), {
      timeout: 5000,
    }).catch(() => {
      throw new Error(`URL did not become ${what}: ${this.page.url()}`);
    });
  }

  async select(id, value) {
    await this.page.selectOption(`#${id}`, value);
  }

  async selectedValue(id) {
    return this.page.$eval(`#${id}`, (el) => el.value);
  }

  async options(id) {
    return this.page.$$eval(`#${id} option`, (os) => os.map((o) => o.value));
  }

  async chooseRadio(name, value) {
    await this.page.check(`[data-testid=${name}] input[value="${value}"]`);
  }

  async checkedRadio(name) {
    return this.page.$eval(`[data-testid=${name}] input:checked`, (el) => el.value);
  }

  async tab(id) {
    await this.page.click(`[data-testid=tab-${id}]`);
    await this.waitForParams((p) => (p.tab || 'chart') === id, `tab=${id}`);
  }

  /** The breakdown the state should show: {parent, rows, year, coords(code, year)}. */
  expected(s = this.state()) {
    const h = s.by === 'geo' ? s.regions : 'std';
    const node = s[s.by];
    let parent = node;
    let rows = this.data.children(s.by, node, h);
    if (rows.length === 0) {
      parent = this.data.code(s.by, node).parents[h];
      rows = this.data.children(s.by, parent, h);
    }
    const coords = (code, year) => {
      const c = { year: String(year) };
      for (const d of this.dims) c[d] = d === s.by ? code : s[d];
      return c;
    };
    const published = this.data.oneTableHolds(
      s.measure,
      [parent, ...rows].map((c) => coords(c, s.year)),
    );
    return { by: s.by, node, parent, rows, coords, published, state: s };
  }

  /**
   * The numbers shown match the JSON, or the view says the state is not published and shows no
   * number (the trend is checked by its own test).
   */
  async checkNumbers() {
    await eventually(async () => {
      const s = this.state();
      if (s.tab === 'trend') return;
      const notice = await this.page.$('[data-testid=notice-not-published]');
      if (!this.expected(s).published) {
        assert.ok(notice, `not published: ${JSON.stringify(s)} says so in words`);
        assert.equal(await this.page.$('[data-testid=result-table], [data-testid=bar-chart]'), null,
          'and shows no number');
        return;
      }
      assert.equal(notice, null, `published: ${JSON.stringify(s)} shows numbers`);
      if (s.tab === 'table') await this.checkTable();
      else await this.checkBars();
    });
  }

  /** The table twin as shown: years (columns) and rows with their cells. */
  async readTable() {
    return this.page.$eval('[data-testid=result-table]', (t) => {
      const years = [...t.querySelectorAll('thead th')]
        .slice(1)
        .map((th) => th.querySelector('button')?.firstChild?.textContent.trim() ?? th.textContent);
      const rows = [...t.querySelectorAll('tbody tr')].map((tr) => ({
        key: tr.dataset.key,
        label: tr.querySelector('th')?.firstChild?.textContent ?? '',
        current: tr.getAttribute('aria-current') === 'true',
        focusable: tr.getAttribute('tabindex') === '0',
        cells: [...tr.querySelectorAll('td')].map((td) => ({
          text: td.textContent,
          visible: td.querySelector('[aria-hidden=true]')?.textContent ?? td.textContent,
          suppressed: !!td.querySelector('.num--suppressed'),
          missing: !!td.querySelector('.num--missing'),
          attrs: [...td.querySelectorAll('*')].flatMap((e) =>
            [...e.attributes].map((a) => `${a.name}=${a.value}`)),
        })),
      }));
      return { years, rows };
    });
  }

  /**
   * Compare the shown table with the JSON: the same rows (codes) as the hierarchy says, and every
   * cell equal to the published cell, formatted, or the marker.
   */
  async checkTable() {
    const s = this.state();
    const exp = this.expected(s);
    const measure = this.data.measure(s.measure);
    const t = await this.readTable();
    assert.deepEqual(
      t.rows.map((r) => r.key).sort(),
      [exp.parent, ...exp.rows].sort(),
      'table rows are the node and its children (or a leaf and its siblings)',
    );
    assert.equal(t.rows[0].key, exp.parent, 'the total row is pinned on top');
    assert.ok(t.years.includes(String(s.year)), `the table has the selected year ${s.year}`);
    let suppressed = 0;
    for (const r of t.rows) {
      assert.equal(r.label, this.data.label(s.by, r.key, s.lang), `label of ${r.key}`);
      assert.equal(r.cells.length, t.years.length);
      r.cells.forEach((c, i) => {
        const v = this.data.cell(s.measure, exp.coords(r.key, t.years[i]));
        const where = `${s.measure} ${r.key} ${t.years[i]}`;
        if (v === 'suppressed') {
          suppressed += 1;
          assert.ok(c.suppressed, `${where} is suppressed and shows the marker`);
          assert.equal(c.visible, this.marker, `${where} shows only the marker`);
          assert.doesNotMatch(c.text, /\d/, `${where}: no digit in the suppressed cell`);
          assert.doesNotMatch(c.attrs.join(' '), /\d/, `${where}: no digit in its attributes`);
        } else if (v === null || v === undefined) {
          assert.ok(c.missing, `${where} is not defined and shows a dash`);
        } else {
          assert.equal(
            c.text,
            PublishedData.format(v, measure.decimals, s.lang),
            `${where} equals the published cell`,
          );
        }
      });
    }
    return { table: t, suppressed };
  }

  /** The bar chart's ECharts instance data: the dataset rows [label, value, highlight, text]. */
  async chartSource(testId = 'bar-chart') {
    return this.page.evaluate((id) => {
      const el = document.querySelector(`[data-testid=${id}]`);
      const inst = el && window.echarts.getInstanceByDom(el);
      if (!inst) return null;
      // Without the header row of column names.
      return inst.getOption().dataset[0].source.slice(1);
    }, testId);
  }

  /** Compare the bar chart with the JSON: one bar per child, value or null, text or marker. */
  async checkBars() {
    const s = this.state();
    const exp = this.expected(s);
    const measure = this.data.measure(s.measure);
    const src = await this.chartSource('bar-chart');
    assert.ok(src, 'the bar chart is live');
    assert.equal(src.length, exp.rows.length, 'one bar per row');
    const max = maxLabel(await this.page.evaluate(() => window.innerWidth));
    const byLabel = new Map(exp.rows.map((c) => [shortLabel(this.data.label(s.by, c, s.lang), max), c]));
    let last = Infinity;
    for (const [label, value, , text] of src) {
      const plain = label.endsWith(` ${this.marker}`) ? label.slice(0, -this.marker.length - 1) : label;
      const code = byLabel.get(plain);
      assert.ok(code, `bar "${label}" is one of the rows`);
      const v = this.data.cell(s.measure, exp.coords(code, s.year));
      if (v === 'suppressed') {
        assert.equal(value, null, `suppressed ${code}: no bar value`);
        assert.equal(text, this.marker);
        assert.ok(label.endsWith(this.marker), 'the category carries the marker');
      } else if (v === null) {
        assert.equal(value, null);
      } else {
        assert.equal(value, v, `bar ${code}`);
        assert.equal(text, PublishedData.format(v, measure.decimals, s.lang));
        if (!ORDINAL.includes(s.by)) assert.ok(value <= last, 'bars are ranked, largest first');
        last = value;
      }
    }
    return src;
  }

  /** Click bar `index` (dataset row) where ECharts draws it (TOOLCHAIN.md pitfalls 8 and 9). */
  async clickBar(index, urlChanged) {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const pt = await this.page.evaluate((i) => {
        const el = document.querySelector('[data-testid=bar-chart]');
        const inst = window.echarts.getInstanceByDom(el);
        const row0 = inst.getOption().dataset[0].source[i + 1]; // after the header row
        // Bring the bar itself into the viewport (mouse coordinates are the viewport's).
        const [, barY] = inst.convertToPixel({ seriesIndex: 0 }, [row0[1] / 2, i]);
        const top = el.getBoundingClientRect().top + barY;
        if (top < 0 || top > window.innerHeight) window.scrollBy(0, top - window.innerHeight / 2);
        const row = inst.getOption().dataset[0].source[i + 1];
        const [x, y] = inst.convertToPixel({ seriesIndex: 0 }, [row[1] / 2, i]);
        const r = el.getBoundingClientRect();
        return { x: r.left + x, y: r.top + y };
      }, index);
      await this.page.mouse.click(pt.x, pt.y);
      try {
        await this.page.waitForURL((u) => urlChanged(Object.fromEntries(new URL(u).searchParams)), {
          timeout: 500,
        });
        return;
      } catch {
        // Not yet laid out or the click fell between frames: try again.
      }
    }
    throw new Error(`clicking bar ${index} did not change the URL (${this.page.url()})`);
  }

  /** Breadcrumb steps: [{label, href|null}]. */
  async crumbs() {
    return this.page.$$eval('[data-testid=breadcrumb] li', (lis) =>
      lis.map((li) => ({
        label: li.textContent.trim(),
        href: li.querySelector('a')?.getAttribute('href') ?? null,
      })));
  }

  /** Check the breadcrumb is the path from the total to the node. */
  async checkCrumbs() {
    const s = this.state();
    const h = s.by === 'geo' ? s.regions : 'std';
    const path = this.data.path(s.by, s[s.by], h);
    await eventually(async () => {
      const c = await this.crumbs();
      assert.deepEqual(
        c.map((x) => x.label),
        path.map((code) => this.data.label(s.by, code, s.lang)),
        'breadcrumb = path from the total',
      );
      assert.equal(c[c.length - 1].href, null, 'the last step is the current one');
    });
  }
}
