import { LIMITS } from '@pnetz/shared';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/form/Field';

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
    <>
      <Field
        id={id}
        label={t('settings.fields.logo')}
        hint={t('settings.logoHint')}
        error={error || undefined}
      >
        {(control) => (
          <>
            {value ? (
              <img className="logo-preview" src={value} alt={t('settings.logoPreview')} />
            ) : null}
            <input
              {...control}
              type="file"
              accept="image/png,image/jpeg,image/webp"
              onChange={pick}
            />
          </>
        )}
      </Field>
      {value ? (
        <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
          {t('settings.removeLogo')}
        </button>
      ) : null}
    </>
  );
}
