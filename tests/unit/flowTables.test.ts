import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en.ts';
import { fr } from '@/i18n/fr.ts';
import { buildFundingFlows } from '@/lib/figures/fundingSeries.ts';
import { FLOW_FIGURES } from '@/lib/limits.ts';
import { flowTables } from '@/view/funding.ts';
import { articleSchema } from '@/schemas/article.ts';

/** One article per month of 2024 (and on into 2025), each reporting one disbursement from the US to the mission. */
const months = FLOW_FIGURES + 2;
const monthOf = (i: number): string =>
  `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
const articles = Array.from({ length: months }, (_, i) => {
  const month = monthOf(i);
  return {
    ...articleSchema.parse({
      title: `Payment ${i + 1}`,
      published: `${month}-28`,
      funding: [
        {
          donor: 'us',
          recipient: 'mss',
          date: month,
          amount: (i + 1) * 1e6,
          currency: 'USD',
          status: 'disbursed',
          quote: `The US paid ${i + 1} million.`,
        },
      ],
    }),
    slug: `payment-${i + 1}`,
  };
});
const names: Record<string, string> = { us: 'United States', mss: 'MSS' };
const nameOf = (id: string): string => names[id] ?? id;

describe('money flow tables', () => {
  it("show each flow's latest amounts, and say how many there are in all", () => {
    const [table] = flowTables(buildFundingFlows(articles), nameOf, en);
    expect(table!.table.rows).toHaveLength(FLOW_FIGURES);
    expect(table!.table.rows.map((row) => row.date)).toEqual(
      Array.from({ length: FLOW_FIGURES }, (_, i) => monthOf(months - FLOW_FIGURES + i)),
    );
    expect(table!.table.rows[0]!.source.quote).toBe('The US paid 3 million.');
    expect(table!.caption).toBe(
      `United States → MSS (USD): the latest ${FLOW_FIGURES} of ${months} amounts (the downloads hold every amount)`,
    );
    expect(flowTables(buildFundingFlows(articles), nameOf, fr)[0]!.caption).toContain(
      `les ${FLOW_FIGURES} derniers des ${months} montants`,
    );
  });

  it('name a flow that fits whole by itself', () => {
    const [table] = flowTables(buildFundingFlows(articles.slice(0, 2)), nameOf, en);
    expect(table!.table.rows).toHaveLength(2);
    expect(table!.caption).toBe('United States → MSS (USD)');
  });
});
