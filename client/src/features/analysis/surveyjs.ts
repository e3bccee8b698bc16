/**
 * SurveyJS as this app uses it: its own texts (buttons, messages) in every survey language, its
 * default theme, and German as the `default` locale of the questionnaire's texts. Imported only
 * by lazily loaded modules, so SurveyJS never enters other pages' bundles.
 */
import { surveyLocalization } from 'survey-core';
import 'survey-core/i18n/arabic';
import 'survey-core/i18n/english';
import 'survey-core/i18n/german';
import 'survey-core/i18n/russian';
import 'survey-core/i18n/turkish';
import 'survey-core/i18n/ukrainian';
import 'survey-core/i18n/vietnamese';
import 'survey-core/survey-core.css';

surveyLocalization.defaultLocale = 'de';

export { Model } from 'survey-core';
export { Survey } from 'survey-react-ui';
