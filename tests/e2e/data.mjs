// Reading the published JSON in the tests, independently of the app: code lists, hierarchies and
// cell look-up by codes. The tests compare what the page shows with these cells; no number is
// ever written into a test.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export class PublishedData {
  constructor(distDir, datasetId = 'diagnoser') {
    const read = (f) => JSON.parse(readFileSync(join(distDir, 'data', f), 'utf8'));
    this.catalog = read('catalog.json');
    this.codes = read('codes.json');
    const entry = this.catalog.datasets.find((d) => d.id === datasetId);
    if (!entry) throw new Error(`dataset ${datasetId} is not in the catalog`);
    this.entry = entry;
    this.ds = read(entry.file);
  }

  dim(id) {
    const d = this.codes.dimensions.find((x) => x.id === id);
    if (!d) throw new Error(`no dimension ${id}`);
    return d;
  }

  code(dimId, code) {
    return this.dim(dimId).codes.find((c) => c.code === code);
  }

  total(dimId) {
    return this.dim(dimId).total;
  }

  /** The dataset's years (its period), ascending. */
  years() {
    const { from, to } = this.ds.period;
    return this.dim('year').codes.map((c) => Number(c.code)).filter((y) => y >= from && y <= to).sort((a, b) => a - b);
  }

  measure(id) {
    return this.ds.measures.find((m) => m.id === id);
  }

  /** Children of `parent` in hierarchy `h`, in code-list order. */
  children(dimId, parent, h = 'std') {
    return this.dim(dimId).codes.filter((c) => c.parents?.[h] === parent).map((c) => c.code);
  }

  /** Path from the total down to `code` (inclusive). */
  path(dimId, code, h = 'std') {
    const out = [];
    let c = this.code(dimId, code);
    while (c) {
      out.unshift(c.code);
      if (c.level === 0) break;
      c = this.code(dimId, c.parents?.[h]);
    }
    return out;
  }

  /** The label the app shows for a code (ICD-10 codes below the total keep their code in front). */
  label(dimId, code, lang = 'da') {
    const c = this.code(dimId, code);
    const label = c.label[lang];
    if (dimId === 'diag' && c.level > 0 && !label.startsWith(code) && code !== 'XX') {
      return `${code} ${label}`;
    }
    return label;
  }

  /**
   * Every published cell at `coords` ({year, geo, spec, diag, sex, age}; a dimension not given is
   * its total), one entry per table that holds it: `{table, value}` with `value` a number, `null`
   * (not defined) or the string 'suppressed'.
   */
  cells(measure, coords) {
    const full = { ...coords };
    for (const d of this.ds.dimensions) if (full[d] === undefined) full[d] = this.total(d);
    const out = [];
    for (const t of this.ds.tables) {
      if (!t.values[measure]) continue;
      // A dimension the table lacks must be asked for at its total.
      const missing = Object.entries(full).filter(([d]) => !t.dims.includes(d));
      if (missing.some(([d, c]) => c !== this.total(d))) continue;
      let idx = 0;
      let ok = true;
      t.dims.forEach((d, i) => {
        const pos = t.codes[i].indexOf(String(full[d]));
        if (pos < 0) ok = false;
        idx = idx * t.codes[i].length + pos;
      });
      if (!ok) continue;
      const suppressed = t.suppressed.includes(idx);
      const v = t.values[measure][idx];
      out.push({ table: t.id, value: suppressed ? 'suppressed' : v });
    }
    return out;
  }

  /**
   * The one value of a cell: every table that holds it must agree (the pipeline publishes each
   * cell once, whatever table it is in). Returns undefined if no table holds it.
   */
  cell(measure, coords) {
    const all = this.cells(measure, coords);
    if (all.length === 0) return undefined;
    const vals = new Set(all.map((c) => JSON.stringify(c.value)));
    if (vals.size !== 1) {
      throw new Error(
        `tables disagree on ${measure} at ${JSON.stringify(coords)}: ${JSON.stringify(all)}`,
      );
    }
    return all[0].value;
  }

  /** Does one table hold every one of these cells (what the app needs to show them together)? */
  oneTableHolds(measure, coordsList) {
    const sets = coordsList.map((c) => new Set(this.cells(measure, c).map((x) => x.table)));
    return [...(sets[0] || [])].some((t) => sets.every((s) => s.has(t)));
  }

  /** A cell value formatted the way the app shows it. */
  static format(v, decimals, lang = 'da', grouped = true) {
    const [group, dec] = lang === 'en' ? [',', '.'] : ['.', ','];
    const scale = 10 ** decimals;
    const scaled = Math.round(Math.abs(v) * scale);
    let int = String(Math.floor(scaled / scale));
    if (grouped) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    let s = (v < 0 && scaled !== 0 ? '-' : '') + int;
    if (decimals > 0) s += dec + String(scaled % scale).padStart(decimals, '0');
    return s;
  }
}
