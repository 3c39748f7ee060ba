import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  type GraphQLBody,
  signToken,
  startTestHttp,
  type TestHttp,
} from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

const chromiumPath = '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
if (!haveChromium) {
  console.log(`[test] skipping the GraphiQL end-to-end test: ${chromiumPath} is absent`);
}
const outDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

let http: TestHttp;
let browser: Browser;

beforeAll(async () => {
  if (!haveChromium) return;
  await testDatabase();
  http = await startTestHttp({ rateLimiter: null });
  // The first request builds GraphiQL when dist/graphiql is missing or stale (a fresh clone).
  const page = await fetch(`${http.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  mkdirSync(outDir, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await http?.close();
});

/** The page's document, as the callbacks run in the page see it. */
interface PageDocument {
  document: {
    querySelector(selector: string): { textContent: string | null } | null;
    querySelectorAll(selector: string): { length: number };
  };
}

/** The text of a Monaco editor, line by line as it shows them. */
const editorText = (page: Page, selector: string) =>
  page
    .locator(`${selector} .view-line`)
    .allTextContents()
    .then((lines) => lines.join('\n').replace(/\u00a0/g, ' '));

describe.skipIf(!haveChromium)('GraphiQL in headless Chromium', () => {
  it('autocompletes, runs, shows the answer, sends the token, downloads CSV, all from this host', async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const outside: string[] = [];
    const posts: { authorization: string | undefined }[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${http.url}/`) && !/^(data|blob):/.test(url)) outside.push(url);
      if (url === `${http.url}/graphql` && request.method() === 'POST') {
        posts.push({ authorization: request.headers().authorization });
      }
    });
    onTestFailed(async () => {
      await page.screenshot({ path: `${outDir}graphiql-failed.png` });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${http.url}/graphql`);
    await page.waitForSelector('.graphiql-query-editor .monaco-editor', { timeout: 60_000 });

    // The README's examples are the tabs; the first, the desa choropleth, is open.
    const tabs = (await page.locator('.graphiql-tab').allTextContents()).map((t) => t.trim());
    expect(tabs.join('|')).toMatch(
      /^Choropleth.*\|ChoroplethList.*\|AreaStats.*\|Trend.*\|RegionAt/,
    );
    // It runs with its variables (parentKode 32.16 …): without them the answer is an error.
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageDocument).document
          .querySelector('.result-window')
          ?.textContent?.includes('"upperInclusive"'),
      null,
      { timeout: 30_000 },
    );

    // CSV of the first list (the classes), as the server answers it.
    const expected = (await (
      await http.post({
        query:
          '{ choropleth(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023") { classes { index lower upper upperInclusive count } } }',
      })
    ).json()) as GraphQLBody;
    const data = expected.data as { choropleth: { classes: Record<string, unknown>[] } };
    const { classes } = data.choropleth;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.petagizi-csv'),
    ]);
    expect(download.suggestedFilename()).toBe('petagizi.csv');
    const csv = readFileSync((await download.path()) as string, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe('index,lower,upper,upperInclusive,count');
    expect(csv).toHaveLength(classes.length + 1);
    expect(csv[1]).toBe(
      ['index', 'lower', 'upper', 'upperInclusive', 'count']
        .map((k) => String(classes[0]?.[k]))
        .join(','),
    );

    // A new tab: type with autocomplete, prettify, send a bearer token from the headers editor.
    await page.click('.graphiql-tab-add');
    await page.click('.graphiql-query-editor .monaco-editor .view-lines');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ region(kode: "32.16") { nam', { delay: 20 });
    // Choose `nama` from the suggestions with the mouse (Enter would take whichever row has the
    // focus as the list refilters), and read the editor once Monaco has drawn the change.
    const suggestion = page.locator('.suggest-widget.visible .monaco-list-row', {
      hasText: 'nama',
    });
    await suggestion.first().waitFor({ timeout: 15_000 });
    await suggestion.first().click();
    await expect
      .poll(() => editorText(page, '.graphiql-query-editor'), { timeout: 10_000 })
      .toMatch(/^\{ region\(kode: "32\.16"\) \{ nama ?\}\s*\}$/);
    await page.click('[aria-label^="Prettify query"]');
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageDocument).document.querySelectorAll(
          '.graphiql-query-editor .view-line',
        ).length >= 5,
    );
    const token = await signToken({ role: 'ANALYST' });
    await page.click('button:has-text("Headers")');
    await page.click('.graphiql-editor-tool .monaco-editor .view-lines >> visible=true');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(`{"Authorization": "Bearer ${token}`, { delay: 5 });
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageDocument).document
          .querySelector('.result-window')
          ?.textContent?.includes('BEKASI'),
      null,
      { timeout: 30_000 },
    );
    expect(posts.at(-1)?.authorization).toBe(`Bearer ${token}`);

    // History lists what ran; the doc explorer browses the schema.
    await page.click('[aria-label="Show History"]');
    await page.waitForSelector('.graphiql-history-items li');
    expect(await page.locator('.graphiql-history-items li').count()).toBeGreaterThanOrEqual(2);
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.click('.graphiql-doc-explorer a:has-text("Query")');
    await page.waitForSelector('.graphiql-doc-explorer :text("choropleth")');
    await page.screenshot({ path: `${outDir}graphiql.png` });

    expect(outside, 'requests that left this host').toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
