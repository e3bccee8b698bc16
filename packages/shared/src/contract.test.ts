import { buildPath, toOpenApiPath } from './api/endpoint';
import { EmailSchema, PasswordSchema } from './api/auth';

describe('contract helpers', () => {
  it('converts and fills express-style paths', () => {
    expect(toOpenApiPath('/api/workspaces/:id/members/:userId')).toBe(
      '/api/workspaces/{id}/members/{userId}',
    );
    expect(buildPath('/api/workspaces/:id', { id: 'a b' })).toBe('/api/workspaces/a%20b');
    expect(() => buildPath('/api/workspaces/:id', {})).toThrow(/id/);
  });
});

describe('password rules', () => {
  it.each([
    ['kurz-1', false],
    ['nurbuchstabenlang', false],
    ['1234567890123', false],
    ['Praevention-2026', true],
    ['lange passphrase mit leerzeichen', true],
  ])('%s → %s', (password, valid) => {
    expect(PasswordSchema.safeParse(password).success).toBe(valid);
  });
});

describe('e-mail addresses', () => {
  it('are trimmed and lower-cased', () => {
    expect(EmailSchema.parse('  Polizei@Glauchau.Example ')).toBe('polizei@glauchau.example');
    expect(EmailSchema.safeParse('keine-adresse').success).toBe(false);
  });
});
