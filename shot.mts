import { chromium } from '@playwright/test';
import { chooseBrowser } from './tests/e2e/browser.ts';
const choice = await chooseBrowser();
const browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args });
const base = 'http://127.0.0.1:4450/';
const shots = process.argv.slice(2).map((spec) => spec.split(','));
for (const [name, path, width, scheme] of shots) {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 }, colorScheme: scheme as 'light' | 'dark' });
  await page.goto(base + path);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
  await page.close();
}
await browser.close();
