import { useTranslation } from 'react-i18next';
import { errorKey } from '../../../lib/api';
import { fieldProblems } from './useRecordMutation';

/** Why a save failed: the error in words, each field the server named, and broken funding rules. */
export function FormAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problems = fieldProblems(error);
  return (
    <div className="form__alert" role="alert">
      <p>{t(errorKey(error))}</p>
      {problems.length > 0 ? (
        <ul>
          {problems.map((p) => (
            <li key={`${p.field}-${p.rule ?? ''}`}>
              {p.rule
                ? t(`programme.rules.long.${p.rule}`)
                : t('programme.form.checkField', { field: p.field })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
