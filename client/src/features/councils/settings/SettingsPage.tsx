import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { Notice } from '../components/Notice';
import { useCouncil } from '../useCouncil';
import { SettingsForm } from './SettingsForm';

/** The council's profile and defaults. Admins only. */
export function SettingsPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  return (
    <Page
      title={t('settings.title')}
      intro={council.permissions.updateSettings ? t('settings.intro') : undefined}
    >
      {council.permissions.updateSettings ? (
        <SettingsForm council={council} />
      ) : (
        <Notice>{t('settings.notAllowed')}</Notice>
      )}
    </Page>
  );
}
