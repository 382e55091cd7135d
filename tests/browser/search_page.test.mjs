// The search page in Debian's chromium (headless), driven by puppeteer-core, against a
// real yjs-serve over a real database: type a query, click a rating facet and check the
// hits and counts against the JSON API, remove the chip, page on, open a history view,
// follow a bookmarked URL, and see hostile titles rendered as text. Saves screenshots.
// Usage: node search_page.test.mjs YJS_INDEX YJS_SERVE SOURCE_DIR WORK_DIR
import {execFileSync, spawn} from 'node:child_process';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [index, serve, source, work] = process.argv.slice(2);
fs.rmSync(work, {recursive: true, force: true});
fs.mkdirSync(work, {recursive: true});
const db = path.join(work, 'db');
execFileSync(index, ['--db', db, path.join(source, 'corpus/sample'), path.join(source, 'tests/data/server')],
             {stdio: ['ignore', 'ignore', 'pipe']});

const server = spawn(serve, ['--db', db, '--listen', '127.0.0.1:0'], {stdio: ['ignore', 'ignore', 'pipe']});
const base = await new Promise((resolve, reject) => {
  let log = '';
  server.stderr.on('data', (chunk) => {
    log += chunk;
    const match = log.match(/on (http:\/\/127\.0\.0\.1:\d+)\//);
    if (match) resolve(match[1]);
  });
  server.on('exit', (code) => reject(new Error(`yjs-serve exited ${code}: ${log}`)));
});
const api = async (p) => (await fetch(base + p)).json();

const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true,
                                        args: ['--no-sandbox']});
let failed = false;
const dialogs = [];
const errors = [];
const page = await browser.newPage();
page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
page.on('pageerror', (error) => errors.push(error.message));
await page.setViewport({width: 1200, height: 900});
const ready = () => page.waitForSelector('body[data-state="ready"]', {timeout: 10000});
const hitIds = () => page.$$eval('#hits .hit', (hits) => hits.map((h) => h.dataset.id));
const params = () => Object.fromEntries(new URL(page.url()).searchParams);

async function step(name, body) {
  try {
    await body();
    console.log(`ok: ${name}`);
  } catch (error) {
    failed = true;
    console.error(`FAIL: ${name}: ${error.stack || error}`);
  }
}

await step('type a query', async () => {
  const response = await page.goto(base + '/');
  assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
  await ready();
  await page.type('#q', 'inspection');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('q=inspection'));
  await ready();
  const json = await api('/api/search?q=inspection&limit=10');
  assert.deepEqual(await hitIds(), json.hits.map((h) => h.id));
  assert.match(await page.$eval('#summary', (e) => e.textContent), new RegExp(`of ${json.total} `));
});

await step('click a rating facet: hits and counts as the API says', async () => {
  await page.click('button.facet-value[data-facet="rating"][data-value="Good"]');
  await page.waitForFunction(() => location.search.includes('rating=Good'));
  await ready();
  const json = await api('/api/search?q=inspection&rating=Good&limit=10&facets=1&facet_limit=0');
  assert.deepEqual(await hitIds(), json.hits.map((h) => h.id));
  for (const [facet, values] of Object.entries(json.facets)) {
    const shown = await page.$$eval(`button.facet-value[data-facet="${facet}"]`, (buttons) =>
      Object.fromEntries(buttons.map((b) => [b.dataset.value, Number(b.querySelector('.count').textContent)])));
    for (const [value, count] of Object.entries(shown)) {
      assert.equal(count, values.find((v) => String(v.value) === value).count, `${facet} ${value}`);
    }
  }
  assert.equal(await page.$eval('button.facet-value[data-value="Good"]', (b) => b.getAttribute('aria-pressed')), 'true');
});

await step('remove the chip', async () => {
  await page.click('#chips .chip[aria-label="Remove filter Rating: Good"]');
  await page.waitForFunction(() => !location.search.includes('rating='));
  await ready();
  const json = await api('/api/search?q=inspection&limit=10');
  assert.deepEqual(await hitIds(), json.hits.map((h) => h.id));
  assert.equal(await page.$$eval('#chips .chip', (c) => c.length), 0);
});

await step('click a region facet: hits as the API says', async () => {
  await page.goto(base + '/');
  await ready();
  const region = await page.$eval('button.facet-value[data-facet="region"]', (b) => b.dataset.value);
  await page.click(`button.facet-value[data-facet="region"][data-value="${region}"]`);
  await page.waitForFunction(() => location.search.includes('region='));
  await ready();
  const json = await api('/api/search?limit=10&region=' + encodeURIComponent(region));
  assert.ok(json.total > 0, `no hits for region ${region}`);
  assert.deepEqual(await hitIds(), json.hits.map((h) => h.id));
  assert.equal(await page.$$eval(`#chips .chip[aria-label="Remove filter Region: ${region}"]`, (c) => c.length), 1);
});

await step('page on', async () => {
  await page.goto(base + '/');
  await ready();
  await page.click('#pager a[aria-label="Next page"]');
  await page.waitForFunction(() => location.search.includes('page=2'));
  await ready();
  const json = await api('/api/search?offset=10&limit=10');
  assert.deepEqual(await hitIds(), json.hits.map((h) => h.id));
  await page.screenshot({path: path.join(work, 'search-page.png')});
});

await step('open a history view', async () => {
  await page.goto(base + '/?q=blackpool');
  await ready();
  await page.click('#hits a.area');
  await page.waitForFunction(() => location.search.includes('history='));
  await ready();
  const area = params().history;
  const json = await api('/api/history?area=' + encodeURIComponent(area));
  assert.equal(await page.$eval('#history-title', (e) => e.textContent), `Rating history of ${json.history_area}`);
  const dated = json.inspections.filter((i) => i.year !== null).length;
  assert.equal(await page.$$eval('#chart svg circle', (c) => c.length), dated);
  assert.equal(await page.$$eval('#inspections > li', (l) => l.length), json.inspections.length);
  await page.screenshot({path: path.join(work, 'history-view.png')});
});

await step('follow a bookmarked URL', async () => {
  await page.goto(base + '/?q=youth&rating=good&sort=date');
  await ready();
  assert.equal(await page.$eval('#q', (e) => e.value), 'youth');
  assert.equal(await page.$eval('#sort', (e) => e.value), 'date');
  const json = await api('/api/search?q=youth&rating=good&sort=date&limit=10');
  assert.deepEqual(await hitIds(), json.hits.map((h) => h.id));
  assert.equal(await page.$$eval('#chips .chip', (c) => c.length), 1);
});

await step('hostile titles are text', async () => {
  await page.goto(base + '/?q=made-up+article+title');
  await ready();
  const titles = await page.$$eval('#hits .hit-title', (t) => t.map((e) => e.textContent));
  assert.ok(titles.includes('<script>alert(1)</script>'), titles.join(' | '));
  assert.ok(titles.includes('"><img src=x onerror=alert(1)>'), titles.join(' | '));
  assert.equal(await page.$$eval('#hits img, #hits script, #hits [onerror], #hits [onclick]', (e) => e.length), 0);
  assert.equal(await page.$$eval('#hits a[href^="javascript:"]', (e) => e.length), 0);
  assert.equal(await page.$$eval('script:not([src])', (e) => e.length), 0);
  assert.deepEqual(dialogs, []);
});

await step('phone width: no sideways scrolling', async () => {
  await page.setViewport({width: 390, height: 844});
  await page.goto(base + '/?q=inspection');
  await ready();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390));
});

await step('no script errors', async () => assert.deepEqual(errors, []));

await browser.close();
server.kill('SIGTERM');
process.exit(failed ? 1 : 0);
