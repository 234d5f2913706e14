import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/i18n/index.ts';
import { gapLabel, gapSentence } from '@/lib/figures/fundingGap.ts';

const { en, fr, ht } = CATALOGUES;
// Amounts are written with no-break spaces; the expectations use plain ones.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const usd = (amount: number): string => plain(en.format.moneyShort(amount, 'USD'));

describe('a flow card says what its gap means', () => {
  it('an amount still to pay, with the share paid', () => {
    expect(gapSentence(11.5e6, 85.3 / 96.8, en, usd)).toBe(
      'Gap: USD 11.5M not yet paid (88% of the pledge disbursed)',
    );
  });

  it('payments beyond the latest pledge as such, never a negative amount "not yet paid"', () => {
    const sentence = gapSentence(-21.9e6, 33.4 / 11.5, en, usd);
    expect(sentence).toBe('USD 21.9M disbursed beyond the latest pledge (290% of it)');
    expect(sentence).not.toMatch(/-|not yet paid/);
    expect(
      plain(
        gapSentence(-21.9e6, 33.4 / 11.5, fr, (amount) =>
          plain(fr.format.moneyShort(amount, 'USD')),
        ),
      ),
    ).toMatch(/^(21,9 M USD|USD 21,9 M) versés au-delà de la dernière promesse/);
    expect(
      gapSentence(-21.9e6, 33.4 / 11.5, ht, (amount) => plain(ht.format.moneyShort(amount, 'USD'))),
    ).toContain('peye plis pase dènye pwomès la');
  });

  it('a pledge paid exactly as paid in full', () => {
    expect(gapSentence(0, 1, en, usd)).toBe('The latest pledge is paid in full.');
    expect(gapSentence(0, 1, fr, usd)).toBe('La dernière promesse est entièrement versée.');
  });
});

describe("a flow bar's end label", () => {
  it('gives the gap, the excess, full payment or the missing disbursement', () => {
    expect(gapLabel({ gap: 6.8e6, disbursed: {} }, en, usd)).toBe('gap USD 6.8M');
    expect(gapLabel({ gap: -4e6, disbursed: {} }, en, usd)).toBe('USD 4M beyond the pledge');
    expect(gapLabel({ gap: 0, disbursed: {} }, en, usd)).toBe('pledge paid in full');
    expect(gapLabel({}, en, usd)).toBe('no disbursement reported');
    expect(gapLabel({ disbursed: {} }, en, usd)).toBe('');
    expect(gapLabel({ gap: -4e6, disbursed: {} }, ht, usd)).toBe('USD 4M plis pase pwomès la');
  });
});
