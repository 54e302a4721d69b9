// "Brugsscenarier", used like a working-group member: open the catalogue from the navigation,
// filter it by purpose and by audience (the cards shown are exactly the file's cases with that
// purpose and audience, in the file's order), open a step (the view opens in that state), come
// back, read it in English, and give it an unknown purpose in the address. axe-core on each
// state; screenshots go to tests/e2e/out/usecases-*.png.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIST, assertAxeClean, assertClean, openPage, screenshot, setUp } from './helpers.mjs';

let env;
before(async () => {
  env = await setUp('usecases');
});
after(async () => {
  await env?.tearDown();
});

const file = () => JSON.parse(readFileSync(join(DIST, 'content/usecases.json'), 'utf8'));
const shownIds = (page) =>
  page.$$eval('article[data-testid^=usecase-]', (els) => els.map((e) => e.dataset.testid.slice(8)));

describe('Brugsscenarier', () => {
  test('from the navigation, filtered by purpose and audience, a step opens its view state', async () => {
    const { ctx, page, problems } = await openPage(env.browser, env.server);
    try {
      const uc = file();
      await page.goto(env.server.url);
      await page.click('header nav a >> text=Brugsscenarier');
      await page.waitForSelector('[data-testid=page-usecases] article');
      assert.deepEqual(await shownIds(page), uc.cases.map((c) => c.id), 'every case, in the file\'s order');
      assert.equal(await page.textContent('[data-testid=usecases-count]'), `Viser ${uc.cases.length} af ${uc.cases.length} brugsscenarier.`);
      const first = uc.cases[0];
      const card = page.locator(`[data-testid=usecase-${first.id}]`);
      assert.equal(await card.locator('h2').textContent(), first.question.da);
      assert.equal(await card.locator('ol li').count(), first.steps.length);
      await screenshot(page, 'all');
      await assertAxeClean(page, 'use cases');

      // By purpose, then also by audience.
      await page.selectOption('#filter-purpose', 'planning');
      await page.waitForURL(/purpose=planning/);
      const planning = uc.cases.filter((c) => c.purpose === 'planning').map((c) => c.id);
      assert.ok(planning.length > 0 && planning.length < uc.cases.length);
      assert.deepEqual(await shownIds(page), planning);
      await page.selectOption('#filter-audience', 'region');
      await page.waitForURL(/audience=region/);
      const both = uc.cases.filter((c) => c.purpose === 'planning' && c.audiences.includes('region')).map((c) => c.id);
      assert.deepEqual(await shownIds(page), both);
      assert.ok(new URL(page.url()).searchParams.get('purpose') === 'planning', 'the purpose stays');
      await screenshot(page, 'planning-region');
      // Purpose back to all: only the audience filter is left.
      await page.selectOption('#filter-purpose', '');
      await page.waitForURL((u) => !new URL(u).searchParams.has('purpose'));
      assert.deepEqual(await shownIds(page), uc.cases.filter((c) => c.audiences.includes('region')).map((c) => c.id));

      // A step opens the view in its state.
      const c = uc.cases.find((x) => x.id === both[0]);
      const step = c.steps[c.steps.length - 1];
      await page.locator(`[data-testid=usecase-${c.id}] ol li a`).last().click();
      const want = Object.fromEntries(new URLSearchParams(step.query));
      await page.waitForURL((u) => Object.entries(want).every(([k, v]) => new URL(u).searchParams.get(k) === v));
      await page.waitForSelector(`[data-testid=page-${want.view}] [data-testid=bar-chart] canvas`);
      await screenshot(page, 'step-opened');
      await page.goBack();
      await page.waitForSelector('[data-testid=page-usecases] article');
      assertClean(problems);
    } finally {
      await ctx.close();
    }
  });

  test('in English, and an unknown purpose in the address is named and ignored', async () => {
    const { ctx, page, problems } = await openPage(env.browser, env.server);
    try {
      const uc = file();
      await page.goto(`${env.server.url}?view=usecases&lang=en&audience=kommune`);
      await page.waitForSelector('[data-testid=page-usecases] article');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.textContent('h1'), 'Use cases');
      const kommune = uc.cases.filter((c) => c.audiences.includes('kommune'));
      assert.deepEqual(await shownIds(page), kommune.map((c) => c.id));
      assert.equal(await page.locator(`[data-testid=usecase-${kommune[0].id}] h2`).textContent(), kommune[0].question.en);
      const href = await page.locator(`[data-testid=usecase-${kommune[0].id}] ol li a`).first().getAttribute('href');
      assert.match(href, /lang=en$/, 'steps keep the language');
      await screenshot(page, 'english-kommune');
      await assertAxeClean(page, 'use cases in English');

      await page.goto(`${env.server.url}?view=usecases&purpose=nonsense`);
      await page.waitForSelector('[data-testid=page-usecases] article');
      assert.match(await page.textContent('[data-testid=notice-info]'), /nonsense/);
      assert.deepEqual(await shownIds(page), uc.cases.map((c) => c.id), 'the unknown filter is off');
      assertClean(problems);
    } finally {
      await ctx.close();
    }
  });
});
