// Accessibility across routes: axe-core on the overview (Danish and English) and on each view's
// chart, trend and table tabs; and the chart colours against the page, as WCAG 2.1 AA asks:
// text in a chart (labels, axis labels, titles) at least 4.5:1, the marks that carry the data
// (bars, lines, Sankey nodes and links, drawn with their opacity) at least 3:1 (SC 1.4.11).
// The colours are read from the live ECharts option, so a token change in style.css is checked.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VIEWS, assertAxeClean, assertClean, openPage, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('a11y');
});
after(async () => {
  await env?.tearDown();
});

/** [r, g, b] of a CSS colour ("#rgb", "#rrggbb", "rgb()", "rgba()"), or null. */
function parseColor(c) {
  if (typeof c !== 'string') return null;
  let m = c.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (m) {
    const h = m[1].length === 3 ? [...m[1]].map((x) => x + x).join('') : m[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  }
  m = c.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\s*\)$/i);
  if (m) return [1, 2, 3].map((i) => Number(m[i])).concat(m[4] !== undefined ? [Number(m[4])] : []);
  return null;
}

/** WCAG relative luminance and contrast ratio. */
const lum = ([r, g, b]) => {
  const f = (v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const contrast = (a, b) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
/** The colour seen when `c` is drawn with `alpha` over `bg`. */
const over = (c, alpha, bg) => c.slice(0, 3).map((v, i) => alpha * v + (1 - alpha) * bg[i]);

/**
 * The colours of a live chart that carry meaning, with what they must reach: every series'
 * colour (or the palette's, if it has none) and its data items' colours; label, axis label and
 * title text colours. Decorative grid and axis lines are not data (the labels name the values).
 */
const chartColors = (page, testId) =>
  page.evaluate((testId) => {
    const el = document.querySelector(`[data-testid=${testId}]`);
    const inst = el && window.echarts.getInstanceByDom(el);
    if (!inst) return null;
    const o = inst.getOption();
    const out = [];
    const text = (where, c) => c && out.push({ where, color: c, kind: 'text' });
    const mark = (where, c, alpha = 1) => c && out.push({ where, color: c, alpha, kind: 'mark' });
    (o.series || []).forEach((s, i) => {
      const own = s.itemStyle?.color || s.lineStyle?.color || o.color?.[i % o.color.length];
      if (s.type === 'sankey') {
        (s.data || []).forEach((n) => mark(`sankey node ${n.name}`, n.itemStyle?.color || own));
        const lc = s.lineStyle?.color;
        const nodeColor = s.data?.[0]?.itemStyle?.color || own;
        mark('sankey links', lc === 'gradient' || lc === 'source' || lc === 'target' || !lc ? nodeColor : lc, s.lineStyle?.opacity ?? 0.2);
        text('sankey labels', s.label?.color);
      } else {
        mark(`${s.type} series ${i}`, typeof own === 'string' ? own : null);
        (s.data || []).forEach((d, j) => d && typeof d === 'object' && mark(`${s.type} item ${j}`, d.itemStyle?.color));
        text(`${s.type} labels ${i}`, s.label?.show === false ? null : s.label?.color);
      }
    });
    for (const ax of [...(o.xAxis || []), ...(o.yAxis || [])]) {
      text('axis labels', ax.axisLabel?.color);
      text('axis name', ax.nameTextStyle?.color);
    }
    for (const t of o.title || []) {
      if (t.text) text('title', t.textStyle?.color);
      if (t.subtext) text('subtitle', t.subtextStyle?.color);
    }
    // The page behind the chart: the first ancestor with a background.
    let bg = 'rgb(255, 255, 255)';
    for (let p = el; p; p = p.parentElement) {
      const c = getComputedStyle(p).backgroundColor;
      if (c && c !== 'transparent' && c !== 'rgba(0, 0, 0, 0)') {
        bg = c;
        break;
      }
    }
    return { colors: out, bg };
  }, testId);

function checkColors(found, label) {
  assert.ok(found, `${label}: the chart is live`);
  const bg = parseColor(found.bg);
  assert.ok(bg, `${label}: background ${found.bg}`);
  assert.ok(found.colors.some((c) => c.kind === 'mark'), `${label}: has marks`);
  for (const c of found.colors) {
    const rgb = parseColor(c.color);
    assert.ok(rgb, `${label} ${c.where}: a plain colour, not ${JSON.stringify(c.color)}`);
    const alpha = (c.alpha ?? 1) * (rgb[3] ?? 1);
    const seen = over(rgb, alpha, bg);
    const ratio = contrast(seen, bg);
    const need = c.kind === 'text' ? 4.5 : 3;
    assert.ok(ratio >= need, `${label} ${c.where}: ${c.color} (opacity ${alpha}) on ${found.bg} is ${ratio.toFixed(2)}:1, needs ${need}:1`);
  }
}

describe('accessibility on every route', () => {
  test('the overview, in Danish and English, is axe-clean and names every view', async () => {
    const { ctx, page, problems } = await openPage(env.browser, env.server);
    try {
      for (const lang of ['da', 'en']) {
        await page.goto(`${env.server.url}${lang === 'en' ? '?lang=en' : ''}`);
        await page.waitForSelector('main h1');
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        for (const spec of Object.values(VIEWS)) {
          assert.ok(await page.locator(`main a[href*="view=${spec.view}"]`).count(), `the overview links to ${spec.view}`);
        }
        await screenshot(page, `overview-${lang}`);
        await assertAxeClean(page, `overview ${lang}`);
      }
      assertClean(problems);
    } finally {
      await ctx.close();
    }
  });

  for (const spec of Object.values(VIEWS)) {
    test(`${spec.view}: chart colours meet AA contrast; trend and table tabs are axe-clean`, async () => {
      const { ctx, page, problems } = await openPage(env.browser, env.server);
      try {
        await page.goto(`${env.server.url}?view=${spec.view}`);
        await page.waitForSelector('[data-testid=bar-chart] canvas');
        checkColors(await chartColors(page, 'bar-chart'), `${spec.view} bars`);
        if (spec.view === 'pathways') {
          await page.waitForSelector('[data-testid=sankey-chart] canvas');
          checkColors(await chartColors(page, 'sankey-chart'), 'pathways Sankey');
        }
        await page.goto(`${env.server.url}?view=${spec.view}&tab=trend`);
        await page.waitForSelector('[data-testid=trend-chart] canvas');
        checkColors(await chartColors(page, 'trend-chart'), `${spec.view} trend`);
        await assertAxeClean(page, `${spec.view} trend`);
        await page.goto(`${env.server.url}?view=${spec.view}&tab=table&lang=en`);
        await page.waitForSelector('[data-testid=result-table] tbody tr');
        await assertAxeClean(page, `${spec.view} table in English`);
        assertClean(problems);
      } finally {
        await ctx.close();
      }
    });
  }
});
