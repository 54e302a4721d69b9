// A cold load: the data files of the page in the address are requested before the app's code
// has started (index.html preloads them), each exactly once (the app's own fetch takes the
// preloaded answer), and the view shows the published numbers.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VIEWS, assertClean, openView, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('loading');
});
after(async () => {
  await env?.tearDown();
});

/** Path of each same-origin request of the page, in order. */
function recordRequests(page, origin) {
  const paths = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === origin) paths.push(u.pathname);
  });
  return paths;
}

describe('Cold load', () => {
  test('requests the data of the view before the app starts, once each', async (t) => {
    const { v, page, problems } = await openView(env, t, VIEWS.diagnoses, null);
    await page.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', () => {
        window.__appStarted = performance.now();
      });
    });
    const paths = recordRequests(page, env.server.origin);
    await v.goto({});
    await v.checkNumbers();

    const files = ['data/catalog.json', 'data/codes.json', 'data/diagnoser.json'];
    for (const f of files) {
      assert.equal(paths.filter((p) => p === `/mockup/${f}`).length, 1, `${f} requested once: ${paths.join(' ')}`);
    }
    const timing = await page.evaluate((files) => {
      const start = (f) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(f))?.startTime;
      return { appStarted: window.__appStarted, starts: files.map(start) };
    }, files);
    assert.ok(timing.appStarted > 0, 'the app started');
    timing.starts.forEach((s, i) => {
      assert.ok(s !== undefined && s < timing.appStarted, `${files[i]} requested at ${s} ms, app started at ${timing.appStarted} ms`);
    });
    assertClean(problems);
  });

  test('the overview preloads only the catalog, and the notes page nothing', async (t) => {
    const { page, problems } = await openView(env, t, VIEWS.diagnoses, null);
    const paths = recordRequests(page, env.server.origin);
    await page.goto(`${env.server.url}`);
    await page.waitForSelector('[data-testid=page-overview]');
    const data = (ps) => ps.filter((p) => /\/(data|content)\//.test(p));
    assert.deepEqual(data(paths), ['/mockup/data/catalog.json']);
    paths.length = 0;
    await page.goto(`${env.server.url}?view=notes`);
    await page.waitForSelector('[data-testid=page-notes]');
    assert.deepEqual(data(paths), []);
    assertClean(problems);
  });
});
