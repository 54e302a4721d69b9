// Data that cannot be used: the dataset file is corrupt, truncated, missing or of another schema
// version (served through route interception). The view shows a clear message with a retry, the
// rest of the app keeps working, and a retry after the fault is gone loads the view.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  DIST,
  CubeView,
  assertAxeClean,
  assertClean,
  openPage,
  screenshot,
  setUp,
} from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('failures');
});
after(async () => {
  await env?.tearDown();
});

const file = () => env.data.entry.file;
const original = () => readFileSync(join(DIST, 'data', file()), 'utf8');

const CASES = [
  {
    name: 'corrupt',
    respond: () => ({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "id": ' }),
    expect: /diagnoser\.json/,
  },
  {
    name: 'truncated',
    respond: () => ({ status: 200, contentType: 'application/json', body: original().slice(0, 5000) }),
    expect: /diagnoser\.json/,
  },
  {
    name: 'missing',
    respond: () => ({ status: 404, contentType: 'text/plain', body: 'not found' }),
    expect: /404/,
    // Chromium logs the failed load itself.
    allowConsole: [/Failed to load resource: the server responded with a status of 404/],
  },
  {
    name: 'wrong-schema-version',
    respond: () => {
      const json = JSON.parse(original());
      json.schema_version = 99;
      return { status: 200, contentType: 'application/json', body: JSON.stringify(json) };
    },
    expect: /99/,
  },
];

describe('data failures', () => {
  for (const c of CASES) {
    test(`a ${c.name} data file gives a clear message with a retry, and the app still works`, async (t) => {
      const { ctx, page, problems } = await openPage(env.browser, env.server);
      t.after(() => ctx.close());
      const pattern = `**/data/${file()}`;
      await page.route(pattern, (route) => route.fulfill(c.respond()));
      const v = new CubeView(page, env.server, env.data);
      await page.goto(v.href({ by: 'geo' }));
      const notice = page.locator('[data-testid=notice-error]');
      await notice.waitFor({ timeout: 15000 });
      const text = await notice.textContent();
      assert.match(text, c.expect, `the message says what went wrong: ${text}`);
      assert.equal(await notice.getAttribute('role'), 'alert');
      assert.ok(await page.isVisible('[data-testid=retry]'), 'a retry button');
      assert.equal(await page.$('[data-testid=page-diagnoses]'), null, 'no half-drawn view');
      await screenshot(page, c.name);
      if (c.name === 'wrong-schema-version') await assertAxeClean(page, 'data error');

      // Retrying while the fault is still there fails the same way (and does not crash).
      await page.click('[data-testid=retry]');
      await notice.waitFor();

      // The rest of the app works: the overview page, and back.
      await page.click('nav.topic-nav li:first-child a');
      await page.waitForURL((u) => !new URL(u).searchParams.get('view'));
      assert.equal(await page.$('[data-testid=notice-error]'), null);
      assert.ok((await page.textContent('main')).length > 100, 'the overview has content');
      await page.goBack();
      await notice.waitFor();

      // The fault goes away: retry loads the view with the URL's state.
      await page.unroute(pattern);
      await page.click('[data-testid=retry]');
      await v.waitReady();
      await page.waitForSelector('[data-testid=page-diagnoses]');
      assert.equal(await v.checkedRadio('by'), 'geo');
      await v.checkBars();
      assertClean(problems, { allowConsole: c.allowConsole || [] });
    });
  }
});
