// Benchmark of the built app (a script that reports, not a test that passes or fails).
//
//   node tests/bench/bench.mjs [--runs 7] [--view-runs 3] [--throttled-runs 3] [--changes 60] [--no-pipeline]
//   (.ci/bench.sh (npm run bench) runs it with the project's environment)
//
// Needs dist/ (a release build; this script builds nothing) and, for the pipeline timing, the
// mock-data release binary in $CARGO_TARGET_DIR/release or target/release. Serves dist/ under a
// sub-path on 127.0.0.1 with gzip, drives Debian's Chromium, and reports:
//   - transfer sizes (raw / gzip -9): wasm, JS glue, ECharts, CSS, each data file, the first load;
//   - time to first chart on a cold load (median of N), also on a throttled network
//     (1.6 Mbit/s down, 750 kbit/s up, 150 ms latency), and the same for a minimal hand-written
//     page that draws the same chart from the same JSON with ECharts alone (the ratio);
//   - filter change -> updated chart / table, p50 and p95 over >= 50 changes, measured in the page;
//   - JS heap and wasm memory;
//   - per view (every view of the app): data and first-load bytes, time to first chart cold
//     (local and throttled), filter change -> chart / table painted (p50 / p95), JS heap;
//   - the data pipeline's wall time (`mock-data generate --seed 2024 --out <tmp>`).
// Prints a markdown table and writes it to tests/bench/out/latest.md.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, hostname, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, REPO, VIEWS, launchBrowser } from '../e2e/helpers.mjs';
import { startServer } from '../e2e/server.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const RUNS = opt('runs', 7);
const VIEW_RUNS = opt('view-runs', 3);
const THROTTLED_RUNS = opt('throttled-runs', 3);
const CHANGES = Math.max(50, opt('changes', 60));
const PIPELINE = !args.includes('--no-pipeline');
const THROTTLE = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const BUDGET = { wasmGz: 300 * 1024, firstLoadGz: 800 * 1024, dataGz: 150 * 1024, p95: 50, ratio: 1.2 };

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`no build in ${DIST}: run npm test or \`trunk build --release\` first`);
  process.exit(1);
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(0)} ms`;
const ms1 = (x) => `${x.toFixed(1)} ms`;
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}
const ok = (v, budget) => (v <= budget ? 'ok' : '**over**');

// ---------------------------------------------------------------------------------------------
// Sizes

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.name.startsWith('.')) return [];
    return e.isDirectory() ? files(p) : [p];
  });
}
const sizes = new Map(
  files(DIST).map((f) => {
    const body = readFileSync(f);
    return [relative(DIST, f), { raw: body.length, gz: gzipSync(body, { level: 9 }).length }];
  }),
);
const pick = (re) => [...sizes].filter(([f]) => re.test(f));
const sum = (list, k) => list.reduce((a, [, s]) => a + s[k], 0);
const wasm = pick(/_bg\.wasm$/);
const glue = pick(/^speciallaegepraksis-[0-9a-f]+\.js$/);
const echarts = pick(/^echarts.*\.js$/);
const css = pick(/\.css$/);
const html = pick(/^index\.html$/);
const catalog = JSON.parse(readFileSync(join(DIST, 'data/catalog.json'), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Browser measurements

// Runs in every page before its scripts: marks the frame after the first chart is drawn by
// ECharts (`__firstChart`, the live, interactive chart) and the frame after any chart is on the
// screen (`__firstSeen`: the pre-rendered picture's, if there is one), and keeps the wasm exports
// (for the memory size).
const PROBE = () => {
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__wasm = e.detail?.wasm;
    window.__wasmStarted = performance.now();
  });
  const tick = () => {
    // The pre-rendered picture of the page (tools/prerender.mjs): its chart is seen first.
    if (window.__firstSeen === undefined && document.querySelector('#prerender svg')) {
      window.__firstSeen = null;
      requestAnimationFrame(() => {
        window.__firstSeen = performance.now();
      });
    }
    const el = document.querySelector('[data-testid=bar-chart], #baseline-chart');
    const inst = el && window.echarts && window.echarts.getInstanceByDom(el);
    const src = inst && inst.getOption()?.dataset?.[0]?.source;
    const data = inst && inst.getOption()?.series?.[0]?.data;
    if ((src && src.length) || (data && data.length)) {
      // The option is set; ECharts paints in the next frame.
      requestAnimationFrame(() => {
        window.__firstChart = performance.now();
        if (window.__firstSeen == null) window.__firstSeen = window.__firstChart;
      });
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

// The hand-written comparison page: the same JSON, the same look-up (smallest table that holds
// every cell), the same chart, ECharts alone.
const BASELINE_HTML = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>baseline</title><link rel="icon" href="data:,">
<script src="echarts.min.js"></script></head><body>
<div id="baseline-chart" style="width:900px;height:520px"></div>
<script type="module">
const [codes, catalog] = await Promise.all([fetch('data/codes.json').then(r => r.json()), fetch('data/catalog.json').then(r => r.json())]);
const entry = catalog.datasets.find(d => d.id === 'diagnoser');
const ds = await fetch('data/' + entry.file).then(r => r.json());
const dim = id => codes.dimensions.find(d => d.id === id);
const total = id => dim(id).total;
const year = String(Math.max(...dim('year').codes.map(c => +c.code)));
const kids = dim('diag').codes.filter(c => c.parents?.std === 'T');
const want = ['T', ...kids.map(c => c.code)];
const need = d => d === 'diag' ? want : [total(d)];
const has = (t, d, c) => t.dims.includes(d) ? t.codes[t.dims.indexOf(d)].includes(c) : c === total(d);
const tables = ds.tables.filter(t => ds.dimensions.filter(d => d !== 'year').every(d => need(d).every(c => has(t, d, c))) && t.codes[t.dims.indexOf('year')].includes(year));
const size = t => t.codes.reduce((a, c) => a * c.length, 1);
const t = tables.sort((a, b) => size(a) - size(b))[0];
const at = code => t.dims.reduce((i, d, k) => i * t.codes[k].length + t.codes[k].indexOf(d === 'diag' ? code : d === 'year' ? year : total(d)), 0);
const rows = kids.map(c => [c.code + ' ' + c.label.da, t.values.patients[at(c.code)]]).sort((a, b) => (b[1] ?? -1) - (a[1] ?? -1));
const chart = echarts.init(document.getElementById('baseline-chart'));
chart.setOption({ animation: false, aria: { enabled: true }, grid: { containLabel: true, left: 8, right: 72 },
  xAxis: { type: 'value' }, yAxis: { type: 'category', inverse: true, data: rows.map(r => r[0]) },
  series: [{ type: 'bar', data: rows.map(r => r[1]), label: { show: true, position: 'right' } }] });
</script></body></html>`;

async function coldLoad(browser, server, path, throttle) {
  // No service worker: the app registers its offline worker during the first visit, and requests
  // it answers leave from the worker, which the page's network throttling does not slow down (a
  // first visit that fetched its data late got them unthrottled that way: 3.5 s instead of 4.5 s).
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await ctx.addInitScript(PROBE);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  // Cold: every load is a new browser context, whose HTTP cache is empty. DevTools' "disable cache"
  // is not used: it also stops the browser from handing a preloaded file (index.html preloads the
  // view's data) to the page's fetch, so every data file would be downloaded twice, which no
  // visitor's browser does.
  if (throttle) await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
  });
  await page.goto(server.url + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__firstChart !== undefined, null, { timeout: 120000, polling: 50 });
  const m = await page.evaluate(() => ({
    firstChart: window.__firstChart,
    firstSeen: window.__firstSeen,
    wasmStarted: window.__wasmStarted,
  }));
  await ctx.close();
  return { ...m, bytes };
}

async function loadSeries(browser, server, path, n, throttle) {
  const runs = [];
  for (let i = 0; i < n; i += 1) runs.push(await coldLoad(browser, server, path, throttle));
  return {
    firstChart: median(runs.map((r) => r.firstChart)),
    firstSeen: median(runs.map((r) => r.firstSeen)),
    allSeen: runs.map((r) => Math.round(r.firstSeen)),
    wasmStarted: median(runs.map((r) => r.wasmStarted).filter((x) => x !== undefined)),
    bytes: median(runs.map((r) => r.bytes)),
    all: runs.map((r) => Math.round(r.firstChart)),
  };
}

// In the page: change a select `n` times (cycling through its options) and time each change
// until the shown numbers changed (`updated`) and until the frame after that (`painted`).
async function filterChanges(page, view, selectId, mode, n) {
  return page.evaluate(
    async ({ view, selectId, mode, n }) => {
      const sel = document.getElementById(selectId);
      const opts = [...sel.options].map((o) => o.value);
      const read = () => {
        if (mode === 'table') return document.querySelector('[data-testid=result-table] tbody')?.textContent ?? '';
        const el = document.querySelector('[data-testid=bar-chart]');
        const inst = el && window.echarts.getInstanceByDom(el);
        return inst ? JSON.stringify(inst.getOption().dataset[0].source) : '';
      };
      const root = document.querySelector(`[data-testid=page-${view}]`);
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const out = { updated: [], painted: [] };
      let cur = opts.indexOf(sel.value);
      for (let i = 0; i < n; i += 1) {
        cur = (cur + 1) % opts.length;
        const before = read();
        const changed = new Promise((resolve, reject) => {
          const done = () => {
            if (read() !== before) {
              obs.disconnect();
              clearInterval(poll);
              resolve(performance.now());
            }
          };
          const obs = new MutationObserver(done);
          obs.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
          const poll = setInterval(done, 1); // the chart option changes without a DOM mutation
          setTimeout(() => reject(new Error(`no change after ${opts[cur]}`)), 5000);
        });
        const t0 = performance.now();
        sel.value = opts[cur];
        sel.dispatchEvent(new Event('change', { bubbles: true }));
        const t1 = await changed;
        await frame();
        const t2 = performance.now();
        out.updated.push(t1 - t0);
        out.painted.push(t2 - t0);
        await frame();
      }
      return out;
    },
    { view, selectId, mode, n },
  );
}

// The filter each view's benchmark changes: one with many options that changes every bar.
const BENCH_FILTER = {
  diagnoses: 'filter-spec',
  referrals: 'filter-geo-1', // its chart is by speciale
  hospital: 'filter-spec',
  populations: 'filter-pop',
  pathways: 'filter-pop',
  activity: 'filter-pop',
};

async function interaction(browser, server, view = 'diagnoses') {
  const result = {};
  for (const mode of ['chart', 'table']) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript(PROBE);
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await page.goto(`${server.url}?view=${view}${mode === 'table' ? '&tab=table' : ''}`);
    await page.waitForSelector(mode === 'table' ? '[data-testid=result-table] tbody tr' : '[data-testid=bar-chart] canvas');
    await page.waitForFunction(() => window.__wasm !== undefined);
    const heapBefore = await cdp.send('Runtime.getHeapUsage');
    const t = await filterChanges(page, view, BENCH_FILTER[view], mode, CHANGES);
    await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    const heapAfter = await cdp.send('Runtime.getHeapUsage');
    const wasmMem = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? null);
    result[mode] = { ...t, heapBefore: heapBefore.usedSize, heapAfter: heapAfter.usedSize, wasmMem };
    await ctx.close();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Pipeline

function pipelineTiming() {
  const candidates = [
    process.env.MOCK_DATA_BIN,
    process.env.CARGO_TARGET_DIR && join(process.env.CARGO_TARGET_DIR, 'release/mock-data'),
    join(REPO, 'target/release/mock-data'),
  ].filter(Boolean);
  const bin = candidates.find((p) => existsSync(p));
  if (!bin) return { error: `no mock-data release binary (looked in ${candidates.join(', ')})` };
  const out = mkdtempSync(join(tmpdir(), 'mock-data-bench-'));
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(bin, ['generate', '--seed', '2024', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), 20 * 60 * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      const written = existsSync(out) ? readdirSync(out).map((f) => `${f} ${statSync(join(out, f)).size} B`) : [];
      rmSync(out, { recursive: true, force: true });
      // Progress bars redraw with \r; keep the final lines.
      const lines = text.split(/\r?\n/).map((l) => l.split('\r').pop()).filter((l) => l.trim());
      resolve({ code, wall, summary: lines.slice(-25), written, bin });
    });
  });
}

// ---------------------------------------------------------------------------------------------

// The files a cold load of a view fetches (from the server's log), with their sizes.
async function firstLoadOf(browser, server, view) {
  server.requests.length = 0;
  await coldLoad(browser, server, `?view=${view}`, false);
  const files = [...new Set(server.requests.map((p) => decodeURIComponent(p.split('?')[0].slice(server.base.length)) || 'index.html'))];
  return files.map((f) => [f, sizes.get(f)]).filter(([, s]) => s);
}

const loadBefore = loadavg()[0];
const server = await startServer({ root: DIST, base: '/mockup/', gzip: true, extra: { '__baseline.html': BASELINE_HTML } });
const browser = await launchBrowser();
let report;
try {
  console.error(`cold loads: ${RUNS} fast + ${THROTTLED_RUNS} throttled, app and baseline …`);
  // Which files a first load of the view fetches (from the server's log of one cold load).
  const firstLoad = await firstLoadOf(browser, server, 'diagnoses');

  const fast = await loadSeries(browser, server, '?view=diagnoses', RUNS, false);
  const slow = await loadSeries(browser, server, '?view=diagnoses', THROTTLED_RUNS, true);
  const baseFast = await loadSeries(browser, server, '__baseline.html', RUNS, false);
  const baseSlow = await loadSeries(browser, server, '__baseline.html', THROTTLED_RUNS, true);
  console.error(`filter changes: ${CHANGES} on the chart tab, ${CHANGES} on the table tab …`);
  const inter = await interaction(browser, server);
  console.error(`every view: ${VIEW_RUNS} fast + ${THROTTLED_RUNS} throttled cold loads, ${CHANGES} + ${CHANGES} filter changes …`);
  const perView = [];
  for (const view of Object.keys(VIEWS)) {
    const files = await firstLoadOf(browser, server, view);
    const vFast = view === 'diagnoses' ? fast : await loadSeries(browser, server, `?view=${view}`, VIEW_RUNS, false);
    const vSlow = view === 'diagnoses' ? slow : await loadSeries(browser, server, `?view=${view}`, THROTTLED_RUNS, true);
    const vInter = view === 'diagnoses' ? inter : await interaction(browser, server, view);
    perView.push({ view, files, fast: vFast, slow: vSlow, inter: vInter });
  }
  let pipe = null;
  if (PIPELINE) {
    console.error('pipeline: mock-data generate --seed 2024 …');
    pipe = await pipelineTiming();
  }

  const firstLoadGz = sum(firstLoad, 'gz');
  const rows = [];
  const row = (what, value, budget = '', status = '') => rows.push(`| ${what} | ${value} | ${budget} | ${status} |`);
  row('wasm (raw / gzip)', `${kb(sum(wasm, 'raw'))} / ${kb(sum(wasm, 'gz'))}`, '≤ 300 KB gzip', ok(sum(wasm, 'gz'), BUDGET.wasmGz));
  row('JS glue (raw / gzip)', `${kb(sum(glue, 'raw'))} / ${kb(sum(glue, 'gz'))}`);
  row(`ECharts ${echarts.map(([f]) => f).join(', ')} (raw / gzip)`, `${kb(sum(echarts, 'raw'))} / ${kb(sum(echarts, 'gz'))}`);
  row('CSS (raw / gzip)', `${kb(sum(css, 'raw'))} / ${kb(sum(css, 'gz'))}`);
  row('index.html (raw / gzip)', `${kb(sum(html, 'raw'))} / ${kb(sum(html, 'gz'))}`);
  for (const f of ['catalog.json', 'codes.json', ...catalog.datasets.map((d) => d.file)]) {
    const s = sizes.get(`data/${f}`);
    if (s) row(`data/${f} (raw / gzip)`, `${kb(s.raw)} / ${kb(s.gz)}`);
  }
  const pictures = pick(/^prerender\//);
  const picture = sizes.get('prerender/diagnoses.da.html');
  if (picture) {
    row(
      `pre-rendered pictures (raw / gzip): all ${pictures.length}; diagnoses.da.html`,
      `${kb(sum(pictures, 'raw'))} / ${kb(sum(pictures, 'gz'))}; ${kb(picture.raw)} / ${kb(picture.gz)}`,
    );
  }
  const viewData = firstLoad.filter(([f]) => f.startsWith('data/'));
  row('data for the diagnoses view (gzip)', `${kb(sum(viewData, 'gz'))} (${viewData.map(([f]) => f.slice(5)).join(' + ')})`, '≤ 150 KB gzip', ok(sum(viewData, 'gz'), BUDGET.dataGz));
  row('first load, all files (gzip -9 sum)', `${kb(firstLoadGz)} (${firstLoad.length} files)`, '≤ 800 KB gzip', ok(firstLoadGz, BUDGET.firstLoadGz));
  row('first load, bytes on the wire (served gzip -9, CDP)', kb(fast.bytes));
  row(`time to first chart seen (pre-rendered picture), cold, local / 1.6 Mbit/s + 150 ms`, `${ms(fast.firstSeen)} / ${ms(slow.firstSeen)} (runs ${fast.allSeen.join(', ')} / ${slow.allSeen.join(', ')})`);
  row(`time to first live chart (the app's ECharts), cold, local (median of ${RUNS})`, `${ms(fast.firstChart)} (wasm started ${ms(fast.wasmStarted)}; runs ${fast.all.join(', ')})`);
  row(`time to first live chart, cold, 1.6 Mbit/s + 150 ms (median of ${THROTTLED_RUNS})`, `${ms(slow.firstChart)} (runs ${slow.all.join(', ')})`);
  row('baseline page (ECharts alone, same JSON), local / throttled', `${ms(baseFast.firstChart)} / ${ms(baseSlow.firstChart)}`);
  const ratio = (k) => [fast[k] / baseFast.firstChart, slow[k] / baseSlow.firstChart];
  const ratioRow = (what, [rFast, rSlow]) =>
    row(what, `${rFast.toFixed(2)} / ${rSlow.toFixed(2)}`, '≤ 1.2', `${ok(rFast, BUDGET.ratio)} / ${ok(rSlow, BUDGET.ratio)}`);
  ratioRow('ratio app / baseline, first chart seen, local / throttled', ratio('firstSeen'));
  ratioRow('ratio app / baseline, first live chart, local / throttled', ratio('firstChart'));
  for (const mode of ['chart', 'table']) {
    const t = inter[mode];
    row(`filter change → ${mode} updated, p50 / p95 (${t.updated.length} changes)`, `${ms1(quantile(t.updated, 0.5))} / ${ms1(quantile(t.updated, 0.95))}`);
    row(`filter change → ${mode} painted (next frame), p50 / p95`, `${ms1(quantile(t.painted, 0.5))} / ${ms1(quantile(t.painted, 0.95))}`, 'p95 ≤ 50 ms', ok(quantile(t.painted, 0.95), BUDGET.p95));
  }
  row('JS heap used, after load → after changes (chart tab, after GC)', `${kb(inter.chart.heapBefore)} → ${kb(inter.chart.heapAfter)}`);
  row('wasm linear memory (chart tab, after changes)', inter.chart.wasmMem ? kb(inter.chart.wasmMem) : 'n/a');
  if (pipe) {
    if (pipe.error) row('pipeline', pipe.error);
    else row('pipeline `mock-data generate --seed 2024` wall time', `${pipe.wall.toFixed(1)} s (exit ${pipe.code})`);
  }

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let chromium = '';
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = 'chromium';
  }
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  report = [
    `# Benchmark ${date}`,
    '',
    `Machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${hostname()}; ${chromium}, headless; node ${process.version}.`,
    `Load average (1 min) before / after the run: ${loadBefore.toFixed(1)} / ${loadavg()[0].toFixed(1)} (other processes on the machine skew the latencies).`,
    `dist/ served from 127.0.0.1 under /mockup/ with gzip -9. Throttled profile: 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency (CDP).`,
    '',
    '| what | measured | budget | |',
    '|---|---|---|---|',
    ...rows,
    '',
  ];
  report.push(
    '**Every view** (time to first chart: median of ' + `${VIEW_RUNS} local / ${THROTTLED_RUNS} throttled cold loads, diagnoses ${RUNS} / ${THROTTLED_RUNS}; ` +
      `filter change → painted: ${CHANGES} changes of the view's ${'`'}filter-…${'`'} select per tab)`,
    '',
    '| view | data (gzip) | first load (gzip) | first chart seen local / throttled | first live chart local / throttled | filter → chart p50 / p95 | filter → table p50 / p95 | JS heap after changes | budgets |',
    '|---|---|---|---|---|---|---|---|---|',
    ...perView.map(({ view, files, fast: f, slow: sl, inter: it }) => {
      const data = files.filter(([n]) => n.startsWith('data/'));
      const p95 = Math.max(quantile(it.chart.painted, 0.95), quantile(it.table.painted, 0.95));
      const status = [ok(sum(data, 'gz'), BUDGET.dataGz), ok(sum(files, 'gz'), BUDGET.firstLoadGz), ok(p95, BUDGET.p95)];
      return `| ${view} (${BENCH_FILTER[view]}) | ${kb(sum(data, 'gz'))} | ${kb(sum(files, 'gz'))} | ${ms(f.firstSeen)} / ${ms(sl.firstSeen)} | ${ms(f.firstChart)} / ${ms(sl.firstChart)} | ` +
        `${ms1(quantile(it.chart.painted, 0.5))} / ${ms1(quantile(it.chart.painted, 0.95))} | ${ms1(quantile(it.table.painted, 0.5))} / ${ms1(quantile(it.table.painted, 0.95))} | ` +
        `${kb(it.chart.heapAfter)} | ${status.every((x) => x === 'ok') ? 'ok' : status.join(' / ')} |`;
    }),
    '',
  );
  if (pipe && !pipe.error) {
    report.push('Pipeline output (last lines):', '', '```', ...pipe.summary, '```', '');
  }
  report = report.join('\n');
} finally {
  await browser.close();
  await server.close();
}

mkdirSync(join(REPO, 'tests/bench/out'), { recursive: true });
writeFileSync(join(REPO, 'tests/bench/out/latest.md'), report);
console.log(report);
console.error('written to tests/bench/out/latest.md');
