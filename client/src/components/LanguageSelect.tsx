import { LANGUAGES, LanguageSchema, type Language } from '@pnetz/shared';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n/language';
import { Field } from '../ui/form/Field';

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
    <Field id={id} className="field--inline" label={t('language.label')}>
      {(control) => (
        <select {...control} value={currentLanguage()} onChange={select}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
