import { LanguageSchema, type Language } from '@pnetz/shared';
import i18n from 'i18next';

export const DEFAULT_LANGUAGE: Language = 'de';

/** The language the UI currently shows, narrowed to the languages of the contract. */
export function currentLanguage(): Language {
  const parsed = LanguageSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

/** Switches the UI language; `<html lang>` follows through the `languageChanged` listener. */
export async function changeLanguage(language: Language): Promise<void> {
  if (currentLanguage() === language && i18n.language === language) return;
  await i18n.changeLanguage(language);
}

/** BCP 47 locale for `Intl` formatting in a language. */
export function localeOf(language: Language): string {
  return language === 'de' ? 'de-DE' : 'en-GB';
}
