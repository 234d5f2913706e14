import { describe, expect, it } from 'vitest';
import { PERSONNEL } from '@/lib/figures/deploymentSeries.ts';
import { figureIds } from '@/lib/figures/figureId.ts';
import { articleSchema } from '@/schemas/article.ts';

const figures = (...counts: number[]) =>
  articleSchema.parse({
    title: 'a',
    published: '2024-09-23',
    deployments: counts.map((count) => ({
      country: 'kenya',
      date: '2024-06',
      count,
      status: 'deployed',
      quote: `${count} officers`,
    })),
  }).deployments;

describe('stable figure ids', () => {
  it('survive figures added or removed around them', () => {
    const [before] = figureIds('deployments', 'a', figures(400), PERSONNEL.key);
    const after = figureIds('deployments', 'a', figures(200, 400, 600), PERSONNEL.key);
    expect(after[1]).toBe(before);
    expect(before).toMatch(/^deployments-[0-9a-f]{8}$/);
  });

  it('change when the figure itself changes, or belongs to another article', () => {
    const [original] = figureIds('deployments', 'a', figures(400), PERSONNEL.key);
    expect(figureIds('deployments', 'a', figures(401), PERSONNEL.key)[0]).not.toBe(original);
    expect(figureIds('deployments', 'b', figures(400), PERSONNEL.key)[0]).not.toBe(original);
  });

  it('tell identical figures of one article apart', () => {
    const [first, second] = figureIds('deployments', 'a', figures(400, 400), PERSONNEL.key);
    expect(second).toBe(`${first}-2`);
  });
});
