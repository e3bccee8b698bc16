import type { PersonRef } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';

/** A person as records name them; deleted accounts read as "ehemaliges Mitglied". */
export function PersonName({ person }: { person: PersonRef | null }) {
  const { t } = useTranslation();
  if (!person) return <>{t('people.system')}</>;
  if (person.former) return <em className="person--former">{t('people.former')}</em>;
  return <>{person.name}</>;
}
