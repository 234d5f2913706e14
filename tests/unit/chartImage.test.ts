import { describe, expect, it } from 'vitest';
import { frameChart, strengthChartBody } from '@/lib/charts/chartImage.ts';
import { escapeXml } from '@/lib/charts/draw.ts';
import { PALETTE } from '@/lib/charts/palette.ts';
import type { StrengthChartModel } from '@/lib/charts/strengthChart.ts';

const model: StrengthChartModel = {
  width: 720,
  height: 400,
  plot: { left: 64, top: 20, right: 610, bottom: 344 },
  xTicks: [{ x: 100, label: 'Jul 2024' }],
  yTicks: [
    { y: 344, label: '0' },
    { y: 100, label: '1,000' },
  ],
  layers: [{ country: 'kenya', name: 'Kenya', colour: 0, d: 'M100,344L200,300Z' }],
  ceiling: 'M100,80L610,80',
  bands: [{ x: 100, width: 200, label: 'Mandate until October 2024' }],
  marks: [
    {
      x: 200,
      y: 300,
      article: 'a',
      figure: 'deployments-1',
      title: 'Kenya: 400 on the ground, June 2024. “400 <officers> & more”',
      colour: 0,
      kind: 'part',
    },
  ],
  empty: false,
};

describe('chart images', () => {
  it('escapes text for SVG', () => {
    expect(escapeXml(`a < b & "c" 'd' >`)).toBe('a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt;');
  });

  it('writes the colours in, since a downloaded file has no stylesheet', () => {
    const { svg } = strengthChartBody(model, 'Personnel on the ground');
    expect(svg).toContain(`fill="${PALETTE.series[0]}"`);
    expect(svg).toContain(`stroke="${PALETTE.ink}" stroke-width="2" stroke-dasharray="6 4"`);
    expect(svg).toContain('Mandate until October 2024');
    expect(svg).toContain(
      '<title>Kenya: 400 on the ground, June 2024. “400 &lt;officers&gt; &amp; more”</title>',
    );
    expect(svg).not.toContain('var(--');
  });

  it('frames a chart with its title, subtitle, legend and every source line', () => {
    const svg = frameChart(strengthChartBody(model, 'Personnel'), {
      title: 'Personnel on the ground',
      subtitle: 'Stacked by country',
      legend: [
        { label: 'Kenya', swatch: 'area', colour: PALETTE.series[0] },
        { label: 'Authorised ceiling', swatch: 'dash', colour: PALETTE.ink },
      ],
      source: [
        'Source: MSS Haiti Tracker, https://t.example/deployments/.',
        'Every figure is linked.',
      ],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="title">Personnel on the ground</title>');
    for (const text of [
      'Stacked by country',
      '>Kenya<',
      '>Authorised ceiling<',
      'https://t.example/deployments/',
      'Every figure is linked.',
    ])
      expect(svg).toContain(text);
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(Number(width)).toBe(720 + 48);
    expect(Number(height)).toBeGreaterThan(400);
  });

  it('wraps a long legend onto more rows, making the image taller', () => {
    const text = (count: number) => ({
      title: 'T',
      subtitle: 'S',
      source: ['Source'],
      legend: Array.from({ length: count }, (_, i) => ({
        label: `Contributing country number ${i}`,
        swatch: 'area' as const,
        colour: PALETTE.series[0],
      })),
    });
    const height = (svg: string) => Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height(frameChart(strengthChartBody(model, 'P'), text(12)))).toBeGreaterThan(
      height(frameChart(strengthChartBody(model, 'P'), text(2))),
    );
  });
});
