import type { Member } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { MentionTextarea } from '../../../components/mentions/MentionTextarea';
import { Field } from '../../../ui/form/Field';

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
 * A text with @mentions of council members: typing @ offers the members (who may read it); the
 * chosen name goes into the text and the person into the mentions, who are notified.
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
    <Field id={id} className="mention" label={label} error={error}>
      {(control) => (
        <>
          <MentionTextarea
            id={id}
            rows={rows}
            value={text}
            invalid={Boolean(control['aria-invalid'])}
            describedBy={control['aria-describedby']}
            people={candidates.map((m) => ({
              id: m.userId,
              name: m.name,
              detail: m.organisation.name,
            }))}
            onChange={(value, person) =>
              onChange({ text: value, mentions: person ? [...mentions, person.id] : mentions })
            }
          />
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
        </>
      )}
    </Field>
  );
}
