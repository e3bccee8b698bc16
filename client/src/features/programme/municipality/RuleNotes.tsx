import type { RuleIssue } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';

/** Funding rules an application breaks, each explained; errors say they prevent the status. */
export function RuleNotes({
  issues,
  live = false,
}: {
  issues: readonly RuleIssue[];
  live?: boolean;
}) {
  const { t } = useTranslation();
  if (issues.length === 0)
    return live ? (
      <p className="programme-rules programme-rules--ok" role="status">
        {t('programme.rules.ok')}
      </p>
    ) : null;
  return (
    <div className="programme-rules" role={live ? 'status' : undefined}>
      <p className="programme-rules__title">{t('programme.rules.title')}</p>
      <ul>
        {issues.map((issue) => (
          <li
            key={issue.rule}
            data-rule={issue.rule}
            className={issue.severity === 'error' ? 'programme-rules__error' : undefined}
          >
            <span className="programme-rules__badge">
              {t(`programme.rules.severity.${issue.severity}`)}
            </span>{' '}
            {t(`programme.rules.long.${issue.rule}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
