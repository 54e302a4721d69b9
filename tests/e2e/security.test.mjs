// The Content-Security-Policy of the built app (written by tools/csp.mjs in Trunk's post_build
// hook): it names the app's own origin only, it covers exactly the inline scripts of the built
// page, the app runs under it (every other e2e test runs under it too, and fails on the console
// error a violation logs), and the browser refuses what it forbids: a fetch, a script, an image
// from another origin and an injected inline script.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIST, assertClean, openPage, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('security');
});
after(async () => {
  await env?.tearDown();
});

function policyOfBuild() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
  assert.equal(metas.length, 1, 'one policy in index.html');
  assert.ok(html.indexOf(metas[0][0]) < html.indexOf('<script'), 'the policy comes before every script');
  const directives = Object.fromEntries(
    metas[0][1].split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]),
  );
  return { html, directives };
}

describe('Content-Security-Policy', () => {
  test('names only the own origin, and hashes exactly the inline scripts of the page', () => {
    const { html, directives } = policyOfBuild();
    const allowed = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", 'data:', 'blob:']);
    for (const [name, sources] of Object.entries(directives)) {
      for (const s of sources) {
        const ok = allowed.has(s) || /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s) || (name === 'style-src' && s === "'unsafe-inline'");
        assert.ok(ok, `${name} ${s}: only the own origin, hashes and the listed keywords`);
      }
    }
    assert.deepEqual(directives['default-src'], ["'self'"]);
    assert.deepEqual(directives['connect-src'], ["'self'"]);
    assert.deepEqual(directives['object-src'], ["'none'"]);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
    );
    assert.ok(inline.length >= 2, 'the module loader and the boot script are inline');
    const hashed = directives['script-src'].filter((s) => s.startsWith("'sha256-"));
    assert.deepEqual([...hashed].sort(), [...inline].sort(), 'one hash per inline script, no other');
  });

  test('the app runs under it, and the browser refuses other origins and injected scripts', async () => {
    const { ctx, page, problems } = await openPage(env.browser, env.server);
    try {
      await page.goto(`${env.server.url}?view=pathways`);
      await page.waitForSelector('[data-testid=sankey-chart] canvas');
      await page.waitForSelector('[data-testid=bar-chart] canvas');
      assertClean(problems);

      const elsewhere = 'http://127.0.0.2:9';
      // Playwright sees the attempts; none may get an answer, each is blocked by the policy.
      const answered = [];
      const blocked = [];
      ctx.on('requestfinished', (r) => r.url().startsWith(elsewhere) && answered.push(r.url()));
      ctx.on('requestfailed', (r) => r.url().startsWith(elsewhere) && blocked.push(r.failure()?.errorText));
      const outcome = await page.evaluate(async (elsewhere) => {
        const violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
        const fetched = await fetch(`${elsewhere}/data.json`).then(() => 'loaded', () => 'refused');
        const script = document.createElement('script');
        script.src = `${elsewhere}/x.js`;
        document.head.append(script);
        const inline = document.createElement('script');
        inline.textContent = 'window.__injected = true;';
        document.head.append(inline);
        const img = new Image();
        img.src = `${elsewhere}/x.png`;
        document.body.append(img);
        await new Promise((r) => setTimeout(r, 300));
        return { fetched, violations: [...new Set(violations)].sort(), injected: window.__injected === true };
      }, elsewhere);
      assert.equal(outcome.fetched, 'refused');
      assert.equal(outcome.injected, false, 'an injected inline script does not run');
      for (const d of ['connect-src', 'img-src', 'script-src-elem']) {
        assert.ok(outcome.violations.includes(d), `${d} refused (${outcome.violations.join(', ')})`);
      }
      assert.deepEqual(answered, [], 'nothing came back from another origin');
      assert.ok(blocked.length >= 2 && blocked.every((e) => /csp/i.test(e)), `blocked by the policy: ${blocked.join(', ')}`);
      // The app still works after the refusals.
      await page.selectOption('#filter-pop', 'KOL');
      await page.waitForURL(/pop=KOL/);
    } finally {
      await ctx.close();
    }
  });
});
