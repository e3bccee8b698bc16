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
