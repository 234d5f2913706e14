import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The axe rules whose outcome depends on the colours on screen. A page's structure, names and roles
 * are the same in both colour schemes: a page checked in full in one scheme needs only these in the
 * other. (Each axe run costs a page about two seconds here; the colour rules about one.)
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe (WCAG 2.1 A/AA and best practices) on the page as shown, and fails with the violations
 * listed. `colours` runs only the rules that depend on colour: for a page already checked in full
 * in the other colour scheme.
 */
export async function expectNoAxeViolations(
  page: Page,
  only: 'all' | 'colours' = 'all',
): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (
    only === 'colours' ? builder.withRules(COLOUR_RULES) : builder.withTags(TAGS)
  ).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** The page in full in the light scheme, then its colours in the dark one. */
export async function expectNoAxeViolationsInBothSchemes(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'colours');
}
