import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { allows, contentAccess, requireAccess } from './access';
import { decideWorkspace, memberUpdateAction, WORKSPACE_RULES } from './workspaces.policy';

const person = (platformRoles: Actor['platformRoles'] = []): Actor => ({
  id: '0123456789abcdef01234567',
  email: 'a@test.example',
  name: 'A',
  platformRoles,
  language: 'de',
});

describe('content visibility', () => {
  it.each([
    ['workspace', 'guest', 'read'],
    ['workspace', null, 'none'],
    ['network', null, 'read'],
    ['public', 'member', 'write'],
  ] as const)('%s content for role %s → %s', (visibility, role, expected) => {
    expect(contentAccess(person(), role, visibility)).toBe(expected);
  });

  it('gives anonymous visitors public content only, and coordinators no council internals', () => {
    expect(contentAccess(null, null, 'public')).toBe('read');
    expect(contentAccess(null, null, 'network')).toBe('none');
    expect(contentAccess(person(['coordinator']), null, 'workspace')).toBe('none');
  });

  it('answers 404 for invisible items and 403 for read-only ones', () => {
    const statusOf = (fn: () => void) => {
      try {
        fn();
        return 200;
      } catch (error) {
        return (error as AppError).status;
      }
    };
    expect(statusOf(() => requireAccess('none', 'read'))).toBe(404);
    expect(statusOf(() => requireAccess('read', 'write'))).toBe(403);
    expect(statusOf(() => requireAccess('write', 'write'))).toBe(200);
    expect(allows('write', 'read')).toBe(true);
  });
});

describe('workspace policy', () => {
  it('hides internals from outsiders (404) and refuses visible but forbidden actions (403)', () => {
    expect(decideWorkspace(person(), null, 'members.read')).toBe('not_found');
    expect(decideWorkspace(person(), 'guest', 'members.manage')).toBe('forbidden');
    expect(decideWorkspace(person(), null, 'profile.read')).toBe('allow');
    expect(decideWorkspace(null, null, 'profile.read')).toBe('not_found');
    expect(decideWorkspace(person(['admin']), null, 'outbox.read')).toBe('allow');
  });

  it('lets nobody but admins and members change anything', () => {
    const changes = Object.keys(WORKSPACE_RULES).filter(
      (action) => !/read|leave|join/.test(action),
    ) as Array<keyof typeof WORKSPACE_RULES>;
    for (const action of changes)
      expect(decideWorkspace(person(), 'guest', action)).not.toBe('allow');
  });

  it('treats changing one’s own organisation as the member’s own business', () => {
    const me = person();
    expect(memberUpdateAction(me, me.id, {})).toBe('organisation.updateOwn');
    expect(memberUpdateAction(me, me.id, { role: 'admin' })).toBe('members.manage');
    expect(memberUpdateAction(me, 'ffffffffffffffffffffffff', {})).toBe('members.manage');
  });
});
