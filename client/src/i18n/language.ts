import { LanguageSchema, type Language } from '@pnetz/shared';
import i18n from 'i18next';
import type { ContractCoverage, Translation } from './resources';

export const DEFAULT_LANGUAGE: Language = 'de';

/**
 * The texts of the other languages, fetched the first time they are shown rather than sent to
 * every visitor. Each must have German's keys and cover the contract, or this does not compile.
 */
const otherLanguages: Record<
  Exclude<Language, 'de'>,
  () => Promise<Translation & ContractCoverage>
> = {
  en: async () => (await import('./en.json')).default,
};

/** Makes sure the texts of `language` are there (German always is). */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'de' || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await otherLanguages[language]());
}

/** The language the UI currently shows, narrowed to the languages of the contract. */
export function currentLanguage(): Language {
  const parsed = LanguageSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

/** Switches the UI language; `<html lang>` follows through the `languageChanged` listener. */
export async function changeLanguage(language: Language): Promise<void> {
  if (currentLanguage() === language && i18n.language === language) return;
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

/** BCP 47 locale for `Intl` formatting in a language. */
export function localeOf(language: Language): string {
  return language === 'de' ? 'de-DE' : 'en-GB';
}
