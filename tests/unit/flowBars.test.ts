import { describe, expect, it } from 'vitest';
import { flowBars, flowsOverTime } from '@/lib/charts/flowBars.ts';
import { buildFundingFlows } from '@/lib/figures/fundingSeries.ts';
import { articleSchema } from '@/schemas/article.ts';

const money = (
  donor: string,
  date: string,
  amount: number,
  status: 'pledged' | 'disbursed',
  currency = 'USD',
) => ({ donor, recipient: 'fund', date, amount, currency, status, quote: 'q' });
const flows = buildFundingFlows([
  {
    ...articleSchema.parse({
      title: 'a',
      published: '2025-08-20',
      funding: [
        money('donors', '2025-08', 96.8e6, 'pledged'),
        money('donors', '2025-08', 85.3e6, 'disbursed'),
        money('usa', '2024-09', 100e6, 'pledged'),
        money('kenya', '2025', 1e9, 'pledged', 'KES'),
      ],
    }),
    slug: 'a',
  },
  {
    ...articleSchema.parse({
      title: 'b',
      published: '2025-09-20',
      funding: [money('donors', '2025-09', 90e6, 'disbursed')],
    }),
    slug: 'b',
  },
]);

describe('flow bars', () => {
  const model = flowBars(flows, 'USD', { width: 720, left: 16, flowName: (flow) => flow.donor });

  it('draws one bar per flow of the currency, largest pledge first, with the gap left visible', () => {
    expect(model.bars.map((bar) => bar.name)).toEqual(['usa', 'donors']);
    const donors = model.bars[1]!;
    expect(donors.pledged!.width).toBeGreaterThan(donors.disbursed!.width);
    expect(donors.gap).toBeCloseTo(6.8e6);
    expect(model.bars[0]?.disbursed).toBeUndefined();
  });

  it('scales bars to the largest amount of that currency only', () => {
    const usa = model.bars[0]!;
    expect(usa.pledged!.width).toBeGreaterThan(donorsWidth());
    function donorsWidth(): number {
      return model.bars[1]!.pledged!.width;
    }
    expect(
      flowBars(flows, 'KES', { width: 720, left: 16, flowName: (flow) => flow.donor }).bars.map(
        (bar) => bar.name,
      ),
    ).toEqual(['kenya']);
  });

  it('keeps a time chart only for flows with three or more figures', () => {
    expect(flowsOverTime(flows).map((flow) => flow.donor)).toEqual(['donors']);
  });
});

describe('flow names that do not fit on one line', () => {
  it('wrap at word boundaries, and their bar moves down to make room', () => {
    const long =
      'Donateurs du fonds de l’ONU (ensemble) → Fonds d’affectation spéciale de l’ONU pour la mission MSS';
    const model = flowBars(flows, 'USD', {
      width: 720,
      left: 16,
      flowName: (flow) => (flow.donor === 'usa' ? 'usa' : long),
    });
    const [usa, donors] = model.bars;
    expect(usa!.nameLines).toEqual(['usa']);
    expect(donors!.nameLines.length).toBe(2);
    expect(donors!.nameLines.join(' ')).toBe(long);
    expect(donors!.y - usa!.y).toBe(64 + 18);
    expect(model.height).toBe(64 * 2 + 18 + 28);
  });
});
