/** The pages of figures and their downloads (src/view/): /deployments/, /funding/ and /data/. */
import { describe, expect, it } from 'vitest';
import { comparePartialDates } from '@/lib/dates/partialDate.ts';
import { PERSONNEL_COLUMNS } from '@/lib/figures/columns.ts';
import { editionIn } from '@/site.config.ts';
import { deploymentsView, strengthRows } from '@/view/deployments.ts';
import {
  allFigures,
  citationsFile,
  dataIndexView,
  downloadRows,
  entitiesFile,
  figureFile,
} from '@/view/downloads.ts';
import { fundingView } from '@/view/funding.ts';
import { fixtureSiteData } from '../fixtures/siteData.ts';

const site = await fixtureSiteData('mandate');
const en = editionIn('en');

describe('/deployments/', () => {
  const view = deploymentsView(site, en);

  it('tables each reported total with the ceiling in force that day', () => {
    expect(view.strength.rows.map((row) => [row.point.date.text, row.point.total])).toEqual([
      ['2024-06', 400],
      ['2024-09', 426],
      ['2025-08', 826],
    ]);
    for (const row of view.strength.rows) {
      if (!row.ceiling) continue;
      expect(comparePartialDates(row.ceiling.from, row.point.date)).toBeLessThanOrEqual(0);
    }
    expect(view.strength.total).toBe(3);
    expect(view.strength.image).toBe('strength');
  });

  it('flags a part older than its total, and out of date only when old against the newest article', () => {
    for (const row of view.strength.rows)
      for (const part of row.parts) if (part.outOfDate) expect(part.stale).toBe(true);
    const stale = view.strength.rows.flatMap((row) => row.parts).filter((part) => part.stale);
    expect(stale.length).toBeGreaterThan(0);
    const [point] = site.strength.slice(-1);
    const rows = strengthRows([point!], undefined, '2099-01-01');
    expect(rows[0]!.parts.filter((part) => part.outOfDate)).toEqual(
      rows[0]!.parts.filter((part) => part.stale),
    );
    expect(rows[0]!.ceiling).toBeUndefined();
  });

  it('counts every personnel figure and captions each country’s table', () => {
    expect(view.figureCount).toBe(7);
    expect(view.tables.map((table) => table.caption)).toEqual(
      site.deployments.map((country) =>
        en.t.deployments.caption(site.nameOf(country.country), country.figures.length),
      ),
    );
  });

  it('cites the page of its own edition', () => {
    expect(view.pageUrl).toBe('https://tracker.example.org/deployments/');
    const french = deploymentsView(site, editionIn('fr'));
    expect(french.pageUrl).toBe('https://tracker.example.org/fr/deployments/');
    expect(JSON.stringify(french.jsonLd)).toContain(
      '"url":"https://tracker.example.org/fr/deployments/"',
    );
    expect(fundingView(site, editionIn('ht')).pageUrl).toBe(
      'https://tracker.example.org/ht/funding/',
    );
  });
});

describe('/funding/', () => {
  const view = fundingView(site, en);

  it('draws one bar chart per currency, with the words after each bar', () => {
    expect(view.bars.map((bars) => [bars.currency, bars.image])).toEqual([['USD', 'funding-usd']]);
    const [bars] = view.bars;
    expect(bars!.labels).toHaveLength(bars!.model.bars.length);
  });

  it('totals by donor and by recipient, per currency', () => {
    expect(view.totals.donor.map((total) => total.entity).sort()).toEqual([
      'trust-fund-donors',
      'united-states',
    ]);
    expect(view.totals.recipient.map((total) => total.entity).sort()).toEqual([
      'mss',
      'mss-trust-fund',
    ]);
    expect(view.tables).toHaveLength(2);
    expect(view.jsonLd).toMatchObject({ '@type': 'Dataset' });
  });
});

describe('/data/', () => {
  it('counts the records of each download as the files hold them', async () => {
    const rows = downloadRows(site);
    expect(rows.deployments).toBe(allFigures(site.deployments).length);
    const csv = await figureFile(
      'csv',
      PERSONNEL_COLUMNS,
      allFigures(site.deployments),
      site.nameOf,
    ).text();
    expect(csv.trim().split('\r\n')).toHaveLength(rows.deployments! + 1);
    expect(entitiesFile(site)).toHaveLength(rows.entities!);
    expect(citationsFile(site, en.t)).toHaveLength(rows.citations!);
  });

  it('links every source absolutely, for files read away from the site', () => {
    const csv = figureFile('json', PERSONNEL_COLUMNS, allFigures(site.deployments), site.nameOf);
    expect(csv.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    const view = dataIndexView(site, en.t);
    expect(view.citation).toContain('https://tracker.example.org/data/');
    expect(view.charts.map((chart) => chart.name)).toEqual(['strength', 'funding-usd']);
  });
});
