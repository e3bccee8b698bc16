import { LIMITS } from '@pnetz/shared';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface LogoFieldProps {
  id: string;
  value: string | null;
  onChange: (logo: string | null) => void;
}

/** Picks a small PNG, JPEG or WebP and keeps it as a data URI (what the server stores). */
export function LogoField({ id, value, onChange }: LogoFieldProps) {
  const { t } = useTranslation();
  const [error, setError] = useState('');
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (!['image/png', 'image/jpeg', 'image/webp'].includes(file.type)) {
      setError(t('settings.errors.logoType'));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      const result = typeof reader.result === 'string' ? reader.result : '';
      if (result.length > LIMITS.logoMaxChars) {
        setError(t('settings.errors.logoSize'));
        return;
      }
      setError('');
      onChange(result);
    };
    reader.readAsDataURL(file);
  };
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{t('settings.fields.logo')}</label>
      {value ? <img className="logo-preview" src={value} alt={t('settings.logoPreview')} /> : null}
      <input
        id={id}
        type="file"
        accept="image/png,image/jpeg,image/webp"
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={pick}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('settings.logoHint')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {value ? (
        <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
          {t('settings.removeLogo')}
        </button>
      ) : null}
    </div>
  );
}
