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
    // The worker controls the page and holds the view's data.
    await eventually(async () => {
      const ok = await page.evaluate(async () => {
        if (!navigator.serviceWorker.controller) return false;
        const names = (await caches.keys()).length;
        const data = await caches.match(new URL('data/diagnoser.json', location.href).href);
        const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
        return names > 0 && !!data && !!(await caches.match(wasm.name));
      });
      assert.ok(ok, 'the worker has cached the page, the wasm and the data');
    }, { timeout: 15000, interval: 250 });

    await page.context().setOffline(true);
    await page.reload();
    await v.waitReady();
    assert.equal(await page.$('[data-testid=notice-error]'), null, 'no error offline');
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
