import 'i18next';
import type { SurveyTexts } from '../features/analysis/survey/i18n';
import type { Translation } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    /** `survey`: the public answering page's own instance (features/analysis/survey/i18n). */
    resources: { translation: Translation; survey: SurveyTexts };
  }
}
