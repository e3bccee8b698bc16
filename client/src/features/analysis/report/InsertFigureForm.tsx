import {
  REPORT_BREAKDOWNS,
  type ReportBreakdown,
  type ReportFigureDisplay,
  type Results,
} from '@pnetz/shared';
import type { Editor } from '@tiptap/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { labelIn } from '../results/format';
import { figureContent } from './figure-nodes';
import { RadioGroup, Select } from '../../../ui/form/Field';

/** `question:<name>` or `index:<scale>`, as the select names them. */
type Choice = `${'question' | 'index'}:${string}`;

/** Picks what a new figure shows and inserts it at the cursor. */
export function InsertFigureForm({ editor, results }: { editor: Editor; results: Results }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const choices: Array<{ value: Choice; label: string }> = [
    ...results.questions.map((q) => ({
      value: `question:${q.name}` as const,
      label: labelIn(q.title, i18n.language),
    })),
    ...results.indices.map((index) => ({
      value: `index:${index.scale}` as const,
      label: t('analysis.report.insert.index', { scale: index.scale }),
    })),
  ];
  const [choice, setChoice] = useState<Choice | ''>('');
  const [breakdown, setBreakdown] = useState<ReportBreakdown>('overall');
  const [display, setDisplay] = useState<ReportFigureDisplay>('chart');

  if (!results.run || choices.length === 0)
    return <p className="notice notice--info">{t('analysis.report.insert.noRun')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    const [source, ...rest] = choice.split(':') as ['question' | 'index', ...string[]];
    editor
      .chain()
      .focus()
      // An empty paragraph after the figure keeps the cursor there: the next figure or text
      // goes below it instead of replacing it.
      .insertContent([
        figureContent(display, { source, name: rest.join(':'), breakdown }),
        { type: 'paragraph' },
      ])
      .run();
  };

  return (
    <form className="report-insert" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`} className="report-insert__title">
        {t('analysis.report.insert.title')}
      </h3>
      <Select<Choice>
        id={`${id}-what`}
        label={t('analysis.report.insert.what')}
        empty={t('analysis.report.insert.choose')}
        options={choices}
        value={choice}
        required
        onValueChange={setChoice}
      />
      <Select<ReportBreakdown>
        id={`${id}-by`}
        label={t('analysis.report.insert.breakdown')}
        options={REPORT_BREAKDOWNS.map((b) => ({
          value: b,
          label: t(`analysis.report.insert.breakdowns.${b}`),
        }))}
        value={breakdown}
        onValueChange={(value) => {
          if (value) setBreakdown(value);
        }}
      />
      <RadioGroup<ReportFigureDisplay>
        id={`${id}-display`}
        name={`${id}-display`}
        className="report-insert__display"
        inline
        label={t('analysis.report.insert.display')}
        options={(['chart', 'table'] as const).map((d) => ({
          value: d,
          label: t(`analysis.report.figure.kind.${d}`),
        }))}
        value={display}
        onChange={setDisplay}
      />
      <button type="submit" className="button button--secondary button--small">
        {t('analysis.report.insert.submit')}
      </button>
    </form>
  );
}
