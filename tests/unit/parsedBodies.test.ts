import { describe, expect, it } from 'vitest';
import { shareParsedBodies, sharedPlainText } from '../../src/integrations/parsedBodies.ts';

describe('parsed bodies shared between the validation pass and the pages', () => {
  shareParsedBodies([{ slug: 'a', body: 'Body text.\n', plainText: 'Body text.\n', skips: [] }]);

  it('reuses the parse when the body is the same, whatever the surrounding line breaks', () => {
    expect(sharedPlainText('a', '\nBody text.')).toEqual({ text: 'Body text.\n', skips: [] });
  });

  it('parses again when the body changed since validation', () => {
    expect(sharedPlainText('a', 'Edited body.')).toBeUndefined();
    expect(sharedPlainText('missing', 'Body text.')).toBeUndefined();
  });
});
