import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Where an analysis's questionnaire and paper returns are edited, for its pages to link to. */
export const surveyPaths = {
  questionnaire: (analysisId: string) => `/analysen/${analysisId}/fragebogen`,
  paperSheets: (analysisId: string) => `/analysen/${analysisId}/papierboegen`,
};

/** Links to the questionnaire editor and paper entry of an analysis. */
export function SurveyLinks({ analysisId }: { analysisId: string }) {
  const { t } = useTranslation();
  return (
    <ul className="survey-links">
      <li>
        <Link to={surveyPaths.questionnaire(analysisId)}>{t('survey.links.questionnaire')}</Link>
      </li>
      <li>
        <Link to={surveyPaths.paperSheets(analysisId)}>{t('survey.links.paperSheets')}</Link>
      </li>
    </ul>
  );
}
