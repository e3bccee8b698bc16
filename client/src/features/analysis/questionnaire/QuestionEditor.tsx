import type { SurveyLanguage } from '@pnetz/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, TextArea, TextField } from '../../../ui/form/Field';
import {
  choiceText,
  choiceValue,
  moved,
  nextChoiceValue,
  textIn,
  withText,
  type Choice,
  type Question,
} from './instrument';

interface QuestionEditorProps {
  question: Question;
  number: number;
  language: SurveyLanguage;
  editable: boolean;
  onChange: (question: Question) => void;
  onRename: (name: string) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One question: its name, its text in the language being edited, and its choices. */
export function QuestionEditor({
  question,
  number,
  language,
  editable,
  onChange,
  onRename,
  onMove,
  onRemove,
}: QuestionEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const title = textIn(question.title, language);
  const german = textIn(question.title, 'de');
  const choices = question.choices ?? [];
  const setChoices = (next: Choice[]) => onChange({ ...question, choices: next });
  const label = german || question.name;
  return (
    <li className="qe-question">
      <fieldset disabled={!editable}>
        <legend>
          {t('survey.editor.questionLegend', { number, name: question.name })}{' '}
          <span className="qe-type">
            {t(`survey.editor.types.${question.type}`, question.type)}
          </span>
          {question.scale ? (
            <span className="qe-scale">
              {t('survey.editor.scale', { scale: question.scale })}
              {question.reverse ? ` · ${t('survey.editor.reversed')}` : ''}
            </span>
          ) : null}
        </legend>
        <div className="qe-row">
          <TextField
            id={`${id}-name`}
            fieldClassName="qe-name"
            label={t('survey.editor.name')}
            value={question.name}
            pattern="[A-Za-z][A-Za-z0-9_]*"
            onValueChange={onRename}
          />
          <Checkbox
            id={`${id}-required`}
            label={t('survey.editor.required')}
            checked={question.isRequired === true}
            onCheckedChange={(isRequired) => onChange({ ...question, isRequired })}
          />
          <TextField
            id={`${id}-scale`}
            fieldClassName="qe-name"
            label={t('survey.editor.scaleName')}
            value={question.scale ?? ''}
            onValueChange={(value) => {
              const { scale: _old, reverse, ...rest } = question;
              const scale = value.trim();
              onChange(scale ? { ...rest, scale, ...(reverse ? { reverse } : {}) } : rest);
            }}
          />
          {question.scale ? (
            <Checkbox
              id={`${id}-reverse`}
              label={t('survey.editor.reverse')}
              checked={question.reverse === true}
              onCheckedChange={(reverse) => {
                const { reverse: _old, ...rest } = question;
                onChange(reverse ? { ...rest, reverse: true } : rest);
              }}
            />
          ) : null}
        </div>
        <TextArea
          id={`${id}-title`}
          label={t('survey.editor.questionText')}
          hint={
            language !== 'de' && german ? (
              <span lang="de">
                {t('survey.editor.germanText')}: {german}
              </span>
            ) : undefined
          }
          rows={2}
          lang={language}
          dir={language === 'ar' ? 'rtl' : 'ltr'}
          value={title}
          onValueChange={(value) =>
            onChange({ ...question, title: withText(question.title, language, value) })
          }
        />
        {question.type === 'rating' ? (
          <div className="qe-row">
            {(['rateMin', 'rateMax'] as const).map((key) => (
              <TextField
                key={key}
                id={`${id}-${key}`}
                label={t(`survey.editor.${key}`)}
                type="number"
                value={String(question[key] ?? (key === 'rateMin' ? 1 : 5))}
                onValueChange={(value) => onChange({ ...question, [key]: Number(value) })}
              />
            ))}
          </div>
        ) : null}
        {question.choices ? (
          <div className="qe-choices">
            <p className="qe-choices__title">{t('survey.editor.choices')}</p>
            <ol>
              {choices.map((choice, index) => {
                const value = choiceValue(choice);
                const text = choiceText(choice);
                return (
                  <li key={String(value)} className="qe-choice">
                    <TextField
                      id={`${id}-choice-${index}`}
                      fieldClassName="qe-choice__field"
                      label={t('survey.editor.choiceLabel', { value: String(value) })}
                      lang={language}
                      value={textIn(text, language)}
                      onValueChange={(entered) =>
                        setChoices(
                          choices.map((item, at) =>
                            at === index
                              ? { value, text: withText(text, language, entered) }
                              : item,
                          ),
                        )
                      }
                    />
                    <span className="qe-buttons">
                      <button
                        type="button"
                        className="button button--secondary qe-small"
                        aria-label={t('survey.editor.choiceUp', {
                          value: String(value),
                          question: label,
                        })}
                        disabled={index === 0}
                        onClick={() => setChoices(moved(choices, index, -1))}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="button button--secondary qe-small"
                        aria-label={t('survey.editor.choiceDown', {
                          value: String(value),
                          question: label,
                        })}
                        disabled={index === choices.length - 1}
                        onClick={() => setChoices(moved(choices, index, 1))}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="button button--secondary qe-small"
                        aria-label={t('survey.editor.choiceRemove', {
                          value: String(value),
                          question: label,
                        })}
                        disabled={choices.length <= 1}
                        onClick={() => setChoices(choices.filter((_, at) => at !== index))}
                      >
                        ×
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              className="button button--secondary qe-small"
              onClick={() =>
                setChoices([...choices, { value: nextChoiceValue(choices), text: { default: '' } }])
              }
            >
              {t('survey.editor.addChoice')}
            </button>
          </div>
        ) : null}
        <div className="qe-buttons">
          <button
            type="button"
            className="button button--secondary qe-small"
            onClick={() => onMove(-1)}
          >
            {t('survey.editor.moveUp')}
            <span className="visually-hidden">: {label}</span>
          </button>
          <button
            type="button"
            className="button button--secondary qe-small"
            onClick={() => onMove(1)}
          >
            {t('survey.editor.moveDown')}
            <span className="visually-hidden">: {label}</span>
          </button>
          <button
            type="button"
            className="button button--secondary qe-small qe-danger"
            onClick={onRemove}
          >
            {t('survey.editor.remove')}
            <span className="visually-hidden">: {label}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}
