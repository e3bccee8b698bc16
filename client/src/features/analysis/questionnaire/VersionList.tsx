import type { QuestionnaireVersionSummary } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

/** The saved versions, newest first, with the questions renamed in each. */
export function VersionList({ versions }: { versions: QuestionnaireVersionSummary[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="qe-versions">
      <h2 id="qe-versions">{t('survey.editor.versions')}</h2>
      {/* Focusable, so a keyboard can scroll a table wider than the screen. */}
      <div className="qe-scroll" tabIndex={0} role="group" aria-labelledby="qe-versions">
        <table className="qe-table">
          <thead>
            <tr>
              <th scope="col">{t('survey.editor.version')}</th>
              <th scope="col">{t('survey.editor.savedAt')}</th>
              <th scope="col">{t('survey.editor.questions')}</th>
              <th scope="col">{t('survey.editor.renamed')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>{formatDate(version.createdAt)}</td>
                <td>{version.questions}</td>
                <td>
                  {Object.entries(version.renamed)
                    .map(([now, was]) => `${was} → ${now}`)
                    .join(', ') || '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
