import { createHash, randomInt } from 'node:crypto';

/**
 * Personal access codes of the letters: 12 random Crockford base32 characters (60 bits) and one
 * Luhn mod 32 check character, printed as `XXXX-XXXX-XXXX-X`. Crockford's alphabet leaves out
 * I, L, O and U, so a typed code maps the look-alikes back and never needs a case.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_LENGTH = 12;
const BASE = CODE_ALPHABET.length;

/** Strips spaces and dashes, upper-cases, and maps O→0 and I, L→1. */
export function normaliseCode(input: string): string {
  return input
    .replace(/[\s\-‐‑‒–—_.]/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Luhn mod N over the alphabet: catches every single wrong character and most swaps. */
function checkCharacter(data: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = data.length - 1; i >= 0; i -= 1) {
    const value = CODE_ALPHABET.indexOf(data.charAt(i));
    const product = value * factor;
    sum += Math.floor(product / BASE) + (product % BASE);
    factor = factor === 2 ? 1 : 2;
  }
  return CODE_ALPHABET.charAt((BASE - (sum % BASE)) % BASE);
}

/** Whether a typed code (in any spelling) has the right length, alphabet and check character. */
export function isWellFormedCode(input: string): boolean {
  const code = normaliseCode(input);
  if (code.length !== DATA_LENGTH + 1) return false;
  if ([...code].some((c) => !CODE_ALPHABET.includes(c))) return false;
  return checkCharacter(code.slice(0, DATA_LENGTH)) === code.charAt(DATA_LENGTH);
}

/** sha256 hex of the normalised code: the only form in which a code is stored. */
export function hashCode(input: string): string {
  return createHash('sha256').update(normaliseCode(input)).digest('hex');
}

/** A new code from the system's cryptographic generator, grouped for printing. */
export function generateCode(): string {
  let data = '';
  for (let i = 0; i < DATA_LENGTH; i += 1) data += CODE_ALPHABET.charAt(randomInt(BASE));
  return formatCode(data + checkCharacter(data));
}

/** `ABCDEFGHJKMNP` → `ABCD-EFGH-JKMN-P`. */
export function formatCode(input: string): string {
  const code = normaliseCode(input);
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
