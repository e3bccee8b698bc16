import type { Notification, NotificationPage } from '@pnetz/shared';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp, testQueryClient } from '../../test/render';
import { NotificationBell } from './NotificationBell';
import { notificationsQuery } from './useNotifications';

function notification(n: number): Notification {
  return {
    id: n.toString(16).padStart(24, '0'),
    trigger: 'comment',
    actor: { id: null, name: 'Erika Muster', former: false },
    workspace: null,
    subject: { type: 'project', id: 'p1' },
    title: `Projekt ${n}`,
    excerpt: 'Ein Kommentar',
    link: '/projekte/p1',
    readAt: null,
    createdAt: '2026-05-04T10:00:00.000Z',
  };
}

function page(unread: number, count = unread): NotificationPage {
  return {
    items: Array.from({ length: count }, (_, i) => notification(i + 1)),
    unread,
    nextCursor: null,
  };
}

/** The bell with its list already in the cache, as after the first fetch. */
function renderBell(data: NotificationPage) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(notificationsQuery.queryKey, data);
  return renderWithApp(<NotificationBell />, { queryClient });
}

describe('NotificationBell', () => {
  it('is a link to the notifications, named without a count when all are read', () => {
    renderBell(page(0, 3));
    const bell = screen.getByRole('link', { name: 'Benachrichtigungen' });
    expect(bell).toHaveAttribute('href', '/benachrichtigungen');
    expect(bell).toHaveAttribute('data-unread', '0');
    expect(bell).toHaveTextContent('');
  });

  it('names the unread count in its accessible name and shows it', () => {
    renderBell(page(1));
    const bell = screen.getByRole('link', { name: 'Benachrichtigungen, 1 ungelesen' });
    expect(bell).toHaveTextContent('1');

    renderBell(page(7));
    expect(screen.getByRole('link', { name: 'Benachrichtigungen, 7 ungelesen' })).toHaveTextContent(
      '7',
    );
  });

  it('shows at most 99+ but names the exact count', () => {
    renderBell(page(250, 5));
    const bell = screen.getByRole('link', { name: 'Benachrichtigungen, 250 ungelesen' });
    expect(bell).toHaveTextContent('99+');
    expect(bell.querySelector('.bell__count')).toHaveAttribute('aria-hidden', 'true');
  });

  it('follows the cached count when it changes (as the live update writes it)', async () => {
    const { queryClient } = renderBell(page(2));
    expect(screen.getByRole('link', { name: 'Benachrichtigungen, 2 ungelesen' })).toBeVisible();
    await act(() => queryClient.setQueryData(notificationsQuery.queryKey, page(3)));
    expect(
      await screen.findByRole('link', { name: 'Benachrichtigungen, 3 ungelesen' }),
    ).toBeVisible();
    await act(() => queryClient.setQueryData(notificationsQuery.queryKey, page(0, 3)));
    expect(await screen.findByRole('link', { name: 'Benachrichtigungen' })).toBeVisible();
  });

  it('has a quiet live region that announces nothing without news', () => {
    renderBell(page(2));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
