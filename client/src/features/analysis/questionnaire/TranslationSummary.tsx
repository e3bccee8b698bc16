import type { SurveyLanguage, TranslationStatus } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../survey/languages';

/** How complete each language is (as last saved), naming the questions still missing. */
export function TranslationSummary({
  translations,
  chosen,
}: {
  translations: TranslationStatus[];
  chosen: SurveyLanguage[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="qe-translations">
      <h2 id="qe-translations">{t('survey.editor.translations')}</h2>
      {/* Focusable, so a keyboard can scroll a table wider than the screen. */}
      <div className="qe-scroll" tabIndex={0} role="group" aria-labelledby="qe-translations">
        <table className="qe-table">
          <thead>
            <tr>
              <th scope="col">{t('survey.editor.language')}</th>
              <th scope="col">{t('survey.editor.complete')}</th>
              <th scope="col">{t('survey.editor.missing')}</th>
            </tr>
          </thead>
          <tbody>
            {translations.map((status) => (
              <tr key={status.language}>
                <th scope="row" lang={status.language}>
                  {LANGUAGE_NAMES[status.language]}
                  {chosen.includes(status.language) ? ` (${t('survey.editor.offered')})` : ''}
                </th>
                <td>
                  {t('survey.editor.completeCount', {
                    done:
                      status.total -
                      status.missing.filter((name) => !name.includes(':') && name !== 'survey')
                        .length,
                    total: status.total,
                  })}
                </td>
                <td>
                  {status.missing.length === 0
                    ? t('survey.editor.nothingMissing')
                    : status.missing.join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
