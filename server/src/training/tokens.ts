import { isId } from '@pnetz/shared';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * A registration's private link: its id and an HMAC of it under the session secret. Nothing is
 * stored, so every mail (also the moved-up mail long after) can carry the link, and a forged or
 * altered link never matches.
 */
const sign = (secret: string, id: string) =>
  createHmac('sha256', secret)
    .update(`training-registration:${id}`)
    .digest('base64url')
    .slice(0, 22);

export function registrationToken(secret: string, id: string): string {
  return `${id}${sign(secret, id)}`;
}

/** The registration id of a genuine token, or null. */
export function registrationIdOf(secret: string, token: string): string | null {
  const id = token.slice(0, 24);
  if (!isId(id)) return null;
  const expected = Buffer.from(sign(secret, id));
  const given = Buffer.from(token.slice(24));
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

// Without 0/O, 1/I/L: codes are read aloud and typed on phones.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random code like `K7QM-4XRT` (check-in) or `Z3P9-QH4M-TW7K` (certificate). */
export function randomCode(groups: number): string {
  const group = () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return Array.from({ length: groups }, group).join('-');
}

/** Codes typed by hand: upper case, without spaces, dashes put back. */
export function normaliseCode(input: string): string {
  const plain = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plain.match(/.{1,4}/g)?.join('-') ?? '';
}
