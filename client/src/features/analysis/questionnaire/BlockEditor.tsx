import type { SurveyLanguage } from '@pnetz/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextField } from '../../../ui/form/Field';
import { QuestionEditor } from './QuestionEditor';
import {
  EDITOR_TYPES,
  moved,
  newQuestion,
  textIn,
  withText,
  type Block,
  type EditorType,
  type Instrument,
  type Question,
} from './instrument';

interface BlockEditorProps {
  block: Block;
  index: number;
  instrument: Instrument;
  language: SurveyLanguage;
  editable: boolean;
  onChange: (instrument: Instrument) => void;
  onRename: (from: string, to: string) => void;
}

/** One block (a SurveyJS page): its title and its questions in order. */
export function BlockEditor({
  block,
  index,
  instrument,
  language,
  editable,
  onChange,
  onRename,
}: BlockEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [type, setType] = useState<EditorType>('radiogroup');
  const setBlock = (next: Block) =>
    onChange({
      ...instrument,
      pages: instrument.pages.map((page, at) => (at === index ? next : page)),
    });
  const setQuestions = (elements: Question[]) => setBlock({ ...block, elements });
  const offset = instrument.pages
    .slice(0, index)
    .reduce((sum, page) => sum + page.elements.length, 0);
  return (
    <div className="qe-block">
      <section aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{textIn(block.title, 'de') || block.name}</h2>
        <TextField
          id={`${id}-block-title`}
          label={t('survey.editor.blockTitle')}
          lang={language}
          disabled={!editable}
          value={textIn(block.title, language)}
          onValueChange={(value) =>
            setBlock({ ...block, title: withText(block.title, language, value) })
          }
        />
        <ol className="qe-questions">
          {block.elements.map((question, at) => (
            <QuestionEditor
              key={`${at}-${question.type}`}
              question={question}
              number={offset + at + 1}
              language={language}
              editable={editable}
              onChange={(next) => setQuestions(block.elements.map((q, i) => (i === at ? next : q)))}
              onRename={(name) => {
                onRename(question.name, name);
                setQuestions(block.elements.map((q, i) => (i === at ? { ...q, name } : q)));
              }}
              onMove={(by) => setQuestions(moved(block.elements, at, by))}
              onRemove={() => setQuestions(block.elements.filter((_, i) => i !== at))}
            />
          ))}
        </ol>
        {editable ? (
          <div className="qe-add">
            <Select
              id={`${id}-type`}
              label={t('survey.editor.newType')}
              value={type}
              options={EDITOR_TYPES.map((option) => ({
                value: option,
                label: t(`survey.editor.types.${option}`),
              }))}
              onChange={(event) => setType(event.target.value as EditorType)}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setQuestions([...block.elements, newQuestion(instrument, type)])}
            >
              {t('survey.editor.addQuestion')}
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
