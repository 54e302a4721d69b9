// Review notes ("Kan billedet genkendes?"), used like a reviewer in the working group: write notes
// on two view states, find them on the notes page with links back to their states, export them to
// CSV and Markdown (each with the full address of its state), import them again (nothing doubles),
// import another reviewer's file (its new notes are added), and try a malformed file (a clear
// error, and no note lost). Notes survive a reload. axe-core on each page state; screenshots go to
// tests/e2e/out/notes-*.png.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { assertAxeClean, assertClean, eventually, openPage, parseCsv, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('notes');
});
after(async () => {
  await env?.tearDown();
});

const rows = (page) => page.locator('[data-testid=note-row]');
const status = (page) => page.locator('[data-testid=notes-status]').textContent();

async function download(page, testid) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

async function importFile(page, name, text) {
  await page.setInputFiles('[data-testid=notes-import]', { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await eventually(async () => assert.ok((await status(page)).startsWith(name)));
}

/** Open a view state, open the note form, write a note. */
async function writeNote(page, query, { verdict, comment, cell }) {
  await page.goto(`${env.server.url}?${query}`);
  await page.waitForSelector('[data-testid=bar-chart] canvas');
  const form = page.locator('[data-testid=review]');
  if (!(await form.evaluate((d) => d.open))) await form.locator('summary').click();
  await page.check(`input[name=review-verdict][value=${verdict}]`);
  await page.fill('[data-testid=review-comment]', comment);
  if (cell !== undefined) await page.selectOption('[data-testid=review-cell]', { index: cell });
  const cellText = cell ? await page.locator('[data-testid=review-cell] option:checked').textContent() : '';
  await page.click('[data-testid=review-save]');
  await eventually(async () => assert.equal(await status(page), 'Noten er gemt.'));
  return cellText.trim();
}

describe('Review notes', () => {
  test('write, list, export, re-import and merge notes; a malformed file changes nothing', async () => {
    const { ctx, page, problems } = await openPage(env.browser, env.server);
    page.on('dialog', (d) => d.accept());
    try {
      // A verdict is required.
      await page.goto(`${env.server.url}?view=diagnoses&geo=1084`);
      await page.waitForSelector('[data-testid=bar-chart] canvas');
      await page.locator('[data-testid=review] summary').click();
      assert.equal(await page.textContent('[data-testid=review-count]'), 'Ingen noter til netop denne visning endnu');
      await page.click('[data-testid=review-save]');
      assert.equal(await status(page), 'Vælg først en vurdering.');

      const comment = 'Ventetiden "for kort"; | <b>ikke</b> fed\nAnden linje';
      const cell = await writeNote(page, 'view=diagnoses&geo=1084', { verdict: 'no', comment, cell: 2 });
      assert.match(cell, / · .* · 20\d\d$/, 'a cell is named by row, measure and year');
      assert.equal(await page.textContent('[data-testid=review-count]'), '1 note til netop denne visning');
      await screenshot(page, 'form-saved');
      await assertAxeClean(page, 'note form');
      // Another state starts at zero.
      await writeNote(page, 'view=referrals&by=age', { verdict: 'yes', comment: 'Som ventet.' });

      // The notes page from the navigation: newest first, links back to the states.
      await page.click('header nav a >> text=Noter');
      await page.waitForSelector('[data-testid=page-notes]');
      assert.equal(await rows(page).count(), 2);
      assert.equal(await page.textContent('[data-testid=notes-summary]'), '2 noter: 1 genkendelig, 1 ikke genkendelig, 0 usikker.');
      const first = rows(page).nth(0);
      assert.match(await first.locator('a').getAttribute('href'), /\?view=referrals&by=age$/);
      const second = rows(page).nth(1);
      assert.equal(await second.locator('.notes__comment').textContent(), comment);
      assert.equal(await second.locator('td').nth(4).textContent(), cell);
      await screenshot(page, 'page');
      await assertAxeClean(page, 'notes page');

      // CSV: Danish separator, every note with the full address of its state.
      const csv = await download(page, 'notes-export-csv');
      assert.match(csv.name, /^noter-speciallaegepraksis-\d{4}-\d\d-\d\d\.csv$/);
      const recs = parseCsv(csv.text.replace(/^\uFEFF/, ''), ';').filter((r) => r.length > 1);
      assert.deepEqual(recs[0], ['Oprettet', 'Visning', 'Vurdering', 'Kommentar', 'Celle', 'Adresse', 'Id']);
      assert.equal(recs.length, 3);
      const noteRec = recs.find((r) => r[2] === 'Ikke genkendelig');
      assert.equal(noteRec[3], comment);
      assert.equal(noteRec[4], cell);
      assert.equal(noteRec[5], `${env.server.url}?view=diagnoses&geo=1084`);
      // Markdown: a table with the same notes.
      const md = await download(page, 'notes-export-md');
      assert.match(md.name, /\.md$/);
      assert.match(md.text, /^# Noter: Kan billedet genkendes\?/);
      assert.equal(md.text.split('\n').filter((l) => l.startsWith('|')).length, 4);
      assert.ok(md.text.includes(`| ${env.server.url}?view=referrals&by=age |`));

      // Importing the own export again adds nothing.
      await importFile(page, 'egne.csv', csv.text);
      assert.equal(await status(page), 'egne.csv: 0 nye noter er importeret; 2 fandtes allerede.');
      assert.equal(await rows(page).count(), 2);
      // Another reviewer's Markdown file: one of our notes and one new.
      const ourId = recs.find((r) => r[2] === 'Genkendelig')[6];
      const theirs = md.text.replace('Som ventet.', 'Passer med vores tal.').replace(`| ${ourId} |`, '| other-1 |');
      await importFile(page, 'kollega.md', theirs);
      assert.equal(await status(page), 'kollega.md: 1 ny note er importeret; 1 fandtes allerede.');
      assert.equal(await rows(page).count(), 3);

      // Malformed files: a clear error with the line, and every note is kept.
      await importFile(page, 'forkert.csv', csv.text.replace('Ikke genkendelig', 'Tja'));
      assert.match(await status(page), /^forkert\.csv blev ikke importeret: linje \d: «Tja» er ikke en vurdering .*Ingen noter er ændret\.$/);
      assert.equal(await page.getAttribute('[data-testid=notes-status]', 'class'), 'status status--error');
      await importFile(page, 'billede.csv', '\u0089PNG\r\n\u001a\n\u0000\u0000garbage');
      assert.match(await status(page), /^billede\.csv blev ikke importeret: .*Ingen noter er ændret\.$/);
      assert.equal(await rows(page).count(), 3);
      await screenshot(page, 'import-error');
      await assertAxeClean(page, 'import error');

      // Kept in the browser: a reload shows the same notes; a note's link opens its state.
      await page.reload();
      await page.waitForSelector('[data-testid=note-row]');
      assert.equal(await rows(page).count(), 3);
      await rows(page).filter({ hasText: 'Ikke genkendelig' }).locator('a').click();
      await page.waitForURL(/view=diagnoses&geo=1084/);
      await page.waitForSelector('[data-testid=bar-chart] canvas');
      assert.equal(await page.textContent('[data-testid=review-count]'), '1 note til netop denne visning');

      // Delete (after a confirmation).
      await page.click('header nav a >> text=Noter');
      await page.waitForSelector('[data-testid=note-row]');
      await rows(page).filter({ hasText: 'Passer med vores tal.' }).locator('button').click();
      await eventually(async () => assert.equal(await rows(page).count(), 2));
      assert.equal(await status(page), 'Noten er slettet.');
      assertClean(problems);
    } finally {
      await ctx.close();
    }
  });

  test('by keyboard only: open the form, choose a verdict, write, point at a cell, save', async () => {
    const { ctx, page, problems } = await openPage(env.browser, env.server);
    try {
      await page.goto(`${env.server.url}?view=hospital`);
      await page.waitForSelector('[data-testid=bar-chart] canvas');
      await page.focus('[data-testid=review] summary');
      await page.keyboard.press('Enter');
      assert.ok(await page.locator('[data-testid=review]').evaluate((d) => d.open), 'Enter opens the form');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // the first verdict
      await page.keyboard.press('ArrowRight'); // the next one
      assert.equal(await page.inputValue('input[name=review-verdict]:checked'), 'no');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Tastatur');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'review-save');
      await page.keyboard.press('Enter');
      await eventually(async () => assert.equal(await status(page), 'Noten er gemt.'));
      assert.equal(await page.textContent('[data-testid=review-count]'), '1 note til netop denne visning');
      await page.goto(`${env.server.url}?view=notes`);
      await page.waitForSelector('[data-testid=note-row]');
      const row = rows(page).first();
      assert.equal(await row.locator('.notes__comment').textContent(), 'Tastatur');
      assert.notEqual(await row.locator('td').nth(4).textContent(), '', 'a cell chosen by arrow key');
      assertClean(problems);
    } finally {
      await ctx.close();
    }
  });

  test('in English with no notes: the empty state says where to start; exports are off', async () => {
    const { ctx, page, problems } = await openPage(env.browser, env.server, { lang: 'en-GB' });
    try {
      await page.goto(`${env.server.url}?view=notes&lang=en`);
      await page.waitForSelector('[data-testid=page-notes] [data-testid=notice-empty]');
      assert.equal(await page.textContent('h1'), 'Notes: Is the picture recognisable?');
      assert.ok(await page.isDisabled('[data-testid=notes-export-csv]'));
      assert.ok(await page.isDisabled('[data-testid=notes-export-md]'));
      // An English file imports into the English page.
      const file = 'Created,View,Verdict,Comment,Cell,Address,Id\r\n' +
        `2026-12-01T10:00:00Z,Referrals,Unsure,"Odd, but maybe",,${env.server.url}?view=referrals&lang=en,x-1\r\n`;
      await importFile(page, 'notes.csv', file);
      assert.equal(await status(page), 'notes.csv: 1 new note imported; 0 already here.');
      assert.match(await rows(page).first().locator('a').getAttribute('href'), /\?view=referrals&lang=en$/);
      await screenshot(page, 'english');
      await assertAxeClean(page, 'notes page, English');
      assertClean(problems);
    } finally {
      await ctx.close();
    }
  });
});
