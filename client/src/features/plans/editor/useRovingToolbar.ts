import { useEffect, useLayoutEffect, useRef } from 'react';

const ITEMS = 'button';

/**
 * Roving tab stop for a `role="toolbar"`: Tab enters the toolbar once (at the last used button),
 * arrow keys, Home and End move between its buttons. Buttons may come and go (table tools), so
 * the tab stop is checked after every render.
 */
export function useRovingToolbar<T extends HTMLElement>() {
  const ref = useRef<T>(null);

  useLayoutEffect(() => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const current = items.find((item) => item.tabIndex === 0 && item.dataset.roving === 'on');
    for (const item of items) {
      item.dataset.roving = 'on';
      item.tabIndex = item === (current ?? items[0]) ? 0 : -1;
    }
  });

  useEffect(() => {
    const toolbar = ref.current;
    if (!toolbar) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const items = [...toolbar.querySelectorAll<HTMLElement>(ITEMS)];
      const index = items.indexOf(document.activeElement as HTMLElement);
      if (index < 0) return;
      let next = index;
      if (event.key === 'ArrowRight' || event.key === 'ArrowDown')
        next = (index + 1) % items.length;
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp')
        next = (index - 1 + items.length) % items.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = items.length - 1;
      else return;
      event.preventDefault();
      focusItem(items, next);
    };
    const onFocusIn = (event: FocusEvent) => {
      const items = [...toolbar.querySelectorAll<HTMLElement>(ITEMS)];
      const index = items.indexOf(event.target as HTMLElement);
      if (index >= 0) for (const [i, item] of items.entries()) item.tabIndex = i === index ? 0 : -1;
    };
    toolbar.addEventListener('keydown', onKeyDown);
    toolbar.addEventListener('focusin', onFocusIn);
    return () => {
      toolbar.removeEventListener('keydown', onKeyDown);
      toolbar.removeEventListener('focusin', onFocusIn);
    };
  }, []);

  return ref;
}

function focusItem(items: HTMLElement[], index: number): void {
  for (const [i, item] of items.entries()) item.tabIndex = i === index ? 0 : -1;
  items[index]?.focus();
}
