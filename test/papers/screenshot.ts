/**
 * Photographs HTML files in headless Chromium (the machine's /usr/bin/chromium through
 * playwright-core; flags from the engineering notes). A page error fails the shot.
 */
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Writes `<file>.png` (full page, A4-ish width) beside each HTML file; returns the PNG paths. */
export async function screenshotHtml(htmlPaths: readonly string[]): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    const out: string[] = [];
    for (const html of htmlPaths) {
      await page.goto(pathToFileURL(html).href);
      const png = html.replace(/\.html$/, '.png');
      await page.screenshot({ path: png, fullPage: true });
      if (errors.length) throw errors[0];
      out.push(png);
    }
    return out;
  } finally {
    await browser.close();
  }
}
