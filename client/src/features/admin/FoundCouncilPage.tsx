import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { useSession } from '../auth/session';
import { Notice } from '../councils/components/Notice';
import { councilPaths } from '../councils/paths';
import { canFoundCouncils } from './access';
import { AdminNav } from './AdminNav';
import { CopyLink } from './CopyLink';
import { FoundCouncilForm, type FoundedCouncil } from './FoundCouncilForm';
import '../councils/councils.css';
import './admin.css';

/** `/verwaltung/rat-gruenden`: a new council with its first admin. Admins and coordinators. */
export function FoundCouncilPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const allowed = canFoundCouncils(user);
  const [founded, setFounded] = useState<FoundedCouncil | null>(null);
  return (
    <Page title={t('admin.found.title')} intro={allowed ? t('admin.found.intro') : undefined}>
      <AdminNav />
      {!allowed ? (
        <Notice>{t('admin.found.notAllowed')}</Notice>
      ) : founded ? (
        <Founded council={founded} onAnother={() => setFounded(null)} />
      ) : (
        <FoundCouncilForm onFounded={setFounded} />
      )}
    </Page>
  );
}

/** What happened to the first admin: added at once, or invited by e-mail. */
function Founded({ council, onAnother }: { council: FoundedCouncil; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone; the result takes the focus so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="section admin-founded" aria-labelledby="admin-founded-title">
      <h2 id="admin-founded-title" ref={heading} tabIndex={-1} className="section__title">
        {t('admin.found.done.title', { name: council.name })}
      </h2>
      {council.invitationLink ? (
        <>
          <p>
            {t(council.delivery === 'failed' ? 'handover.mailFailed' : 'handover.noMailServer', {
              email: council.email,
            })}
          </p>
          <CopyLink
            link={council.invitationLink}
            label={t('handover.linkFor', { email: council.email })}
          />
        </>
      ) : (
        <p>
          {t(
            council.firstAdmin === 'member'
              ? 'admin.found.done.member'
              : 'admin.found.done.invited',
            {
              email: council.email,
              name: council.name,
            },
          )}
        </p>
      )}
      <div className="form__actions">
        <Link className="button" to={councilPaths.home(council.id)}>
          {t('admin.found.done.open', { name: council.name })}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('admin.found.done.another')}
        </button>
      </div>
    </section>
  );
}
