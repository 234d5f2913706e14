import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '@/lib/charts/palette.ts';

describe('the palette of generated images', () => {
  it('equals the light theme tokens', () => {
    const css = readFileSync('src/styles/tokens.css', 'utf8');
    const light = css.slice(0, css.indexOf('@media'));
    const token = (name: string): string | undefined =>
      new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(light)?.[1];
    for (const name of ['paper', 'surface', 'ink', 'muted', 'rule', 'accent', 'warning'] as const)
      expect(PALETTE[name], name).toBe(token(`color-${name}`));
    PALETTE.series.forEach((colour, index) =>
      expect(colour, `series-${index + 1}`).toBe(token(`series-${index + 1}`)),
    );
  });
});
