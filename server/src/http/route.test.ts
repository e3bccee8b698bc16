import { z } from 'zod';
import { toFieldErrors } from './route';

describe('toFieldErrors', () => {
  it('prefixes each issue with where the value came from', () => {
    const schema = z.object({ email: z.email(), address: z.object({ zip: z.string().length(5) }) });
    const result = schema.safeParse({ email: 'nope', address: { zip: '1' } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(
      toFieldErrors('body', result.error)
        .map((field) => field.path)
        .sort(),
    ).toEqual(['body.address.zip', 'body.email']);
  });
});
