import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { usePresence } from './usePresence';

/** "Jetzt hier: …" – who has the plan open, each in the colour of their cursor. */
export function PresenceList({ awareness }: { awareness: Awareness | null }) {
  const { t } = useTranslation();
  const participants = usePresence(awareness);
  return (
    <div className="presence">
      <span className="presence__label" id="presence-label">
        {t('plans.presence.label')}:
      </span>
      <ul className="presence__list" aria-labelledby="presence-label">
        {participants.map((person) => (
          <li key={person.id} className="presence__person">
            <span
              className="presence__dot"
              style={{ backgroundColor: person.color }}
              aria-hidden="true"
            />
            {person.self ? t('plans.presence.you', { name: person.name }) : person.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
