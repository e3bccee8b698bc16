import './quiet-i18next';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../i18n';
import { changeLanguage } from '../i18n/language';

afterEach(async () => {
  cleanup();
  localStorage.clear();
  // Every test starts in German, the default; a test that switches language must not leak it.
  await changeLanguage('de');
});

// jsdom does no layout: text ranges have no boxes. ProseMirror asks for them when it scrolls the
// selection into view; empty boxes say "nothing to scroll", which is all a test needs.
const rangePrototype: Partial<Pick<Range, 'getClientRects' | 'getBoundingClientRect'>> =
  Range.prototype;
rangePrototype.getClientRects ??= () =>
  Object.assign([] as DOMRect[], { item: () => null }) as unknown as DOMRectList;
rangePrototype.getBoundingClientRect ??= () => new DOMRect();
