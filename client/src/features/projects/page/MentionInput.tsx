import type { Member } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';

interface MentionInputProps {
  id: string;
  label: string;
  text: string;
  mentions: string[];
  members: readonly Member[];
  error?: string | undefined;
  rows?: number;
  onChange: (value: { text: string; mentions: string[] }) => void;
}

/**
 * A text with @mentions of council members. People are picked from a list (no guessing from the
 * typed text): the name goes into the text and the person into the mentions, who are notified.
 */
export function MentionInput({
  id,
  label,
  text,
  mentions,
  members,
  error,
  rows = 3,
  onChange,
}: MentionInputProps) {
  const { t } = useTranslation();
  const mentioned = members.filter((m) => mentions.includes(m.userId));
  const candidates = members.filter((m) => !mentions.includes(m.userId));
  return (
    <div className={`field mention${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="input"
        rows={rows}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange({ text: event.target.value, mentions })}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {members.length > 0 ? (
        <div className="mention__pick">
          <label htmlFor={`${id}-mention`}>{t('projects.mention.label')}</label>
          <select
            id={`${id}-mention`}
            className="input"
            value=""
            onChange={(event) => {
              const member = members.find((m) => m.userId === event.target.value);
              if (!member) return;
              const spacer = text === '' || text.endsWith(' ') ? '' : ' ';
              onChange({
                text: `${text}${spacer}@${member.name} `,
                mentions: [...mentions, member.userId],
              });
            }}
          >
            <option value="">{t('projects.mention.choose')}</option>
            {candidates.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name} ({member.organisation.name})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {mentioned.length > 0 ? (
        <ul className="mention__list" aria-label={t('projects.mention.mentioned')}>
          {mentioned.map((member) => (
            <li key={member.userId}>
              @{member.name}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('projects.mention.remove', { name: member.name })}
                onClick={() =>
                  onChange({ text, mentions: mentions.filter((id) => id !== member.userId) })
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
