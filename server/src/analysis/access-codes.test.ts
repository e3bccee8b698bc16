import { createHash } from 'node:crypto';
import {
  CODE_ALPHABET,
  formatCode,
  generateCode,
  hashCode,
  isWellFormedCode,
  normaliseCode,
} from './access-codes';

describe('access codes', () => {
  it('are 13 characters of the alphabet in groups of four, with a valid check character', () => {
    const code = generateCode();
    expect(code).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/,
    );
    expect(isWellFormedCode(code)).toBe(true);
  });

  it('carry at least 60 bits', () => {
    expect(12 * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(60);
  });

  it('accept spaces, lower case and look-alike letters', () => {
    const code = generateCode();
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normaliseCode(typed)).toBe(code.replace(/-/g, ''));
    expect(isWellFormedCode(typed)).toBe(true);
    expect(hashCode(typed)).toBe(hashCode(code));
  });

  it('refuse a single wrong character and a swap of neighbours', () => {
    const code = normaliseCode(generateCode());
    for (let i = 0; i < code.length; i += 1) {
      const wrong = CODE_ALPHABET[(CODE_ALPHABET.indexOf(code[i]!) + 1) % 32]!;
      expect(isWellFormedCode(code.slice(0, i) + wrong + code.slice(i + 1))).toBe(false);
    }
    const swapped = code[1]! + code[0]! + code.slice(2);
    if (code[0] !== code[1]) expect(isWellFormedCode(swapped)).toBe(false);
  });

  it('hash to sha256 hex of the normalised form', () => {
    // sha256("0000000000000") computed independently
    expect(hashCode('0000-0000-0000-0')).toBe(
      createHash('sha256').update('0000000000000').digest('hex'),
    );
    expect(formatCode('abcdefghjkmnp')).toBe('ABCD-EFGH-JKMN-P');
  });
});
