// Offline: after one visit, the mock-up works with the network cut (public/sw.js), from the
// sub-path it is served under. The view reloads, shows the published numbers, and a deep link to
// another state of the same view works too.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VIEWS, assertClean, eventually, openView, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('offline');
});
after(async () => {
  await env?.tearDown();
});

describe('Offline after the first visit', () => {
  test('reloads and changes state with the network cut', async (t) => {
    const { v, page, problems } = await openView(env, t, VIEWS.diagnoses, {}, { serviceWorkers: 'allow' });
    await v.checkNumbers();
    // The worker controls the page and holds every file this visit loaded (page, wasm, script,
    // styles, data).
    await eventually(async () => {
      const missing = await page.evaluate(async () => {
        if (!navigator.serviceWorker.controller) return ['(no controller)'];
        const urls = [location.href].concat(performance.getEntriesByType('resource').map((e) => e.name))
          .filter((u) => new URL(u).origin === location.origin);
        const out = [];
        for (const u of urls) if (!(await caches.match(u))) out.push(u);
        if (!urls.some((u) => u.endsWith('data/diagnoser.json'))) out.push('(data not loaded)');
        return out;
      });
      assert.deepEqual(missing, [], 'the worker has cached every file of the visit');
    }, { timeout: 20000, interval: 250 });

    await page.context().setOffline(true);
    await page.reload();
    await v.waitReady();
    const error = await page.$eval('[data-testid=notice-error]', (el) => el.textContent).catch(() => null);
    assert.equal(error, null, 'no error offline');
    await v.checkNumbers();
    await screenshot(page, 'reloaded-offline');

    // Another state of the view, by its address, still offline.
    await v.goto({ by: 'geo', tab: 'table' });
    await v.checkNumbers();
    assert.match(new URL(page.url()).pathname, /^\/mockup\//, 'under the sub-path');
    await page.context().setOffline(false);
    // Failed requests while offline are expected; nothing else.
    assertClean(problems, { allowConsole: [/ERR_INTERNET_DISCONNECTED|Failed to load resource|net::/] });
  });
});
