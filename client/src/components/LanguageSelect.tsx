import { LANGUAGES, LanguageSchema, type Language } from '@pnetz/shared';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n/language';

interface LanguageSelectProps {
  id: string;
  /** Called after the UI switched, e.g. to store the choice with the user. */
  onChanged?: (language: Language) => void;
}

export function LanguageSelect({ id, onChanged }: LanguageSelectProps) {
  const { t } = useTranslation();
  const select = (event: ChangeEvent<HTMLSelectElement>) => {
    const parsed = LanguageSchema.safeParse(event.target.value);
    if (!parsed.success || parsed.data === currentLanguage()) return;
    void changeLanguage(parsed.data).then(() => onChanged?.(parsed.data));
  };
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={currentLanguage()} onChange={select}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
