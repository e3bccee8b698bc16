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
      <label htmlFor={`${id}-what`}>{t('analysis.report.insert.what')}</label>
      <select
        id={`${id}-what`}
        value={choice}
        required
        onChange={(event) => setChoice(event.target.value as Choice)}
      >
        <option value="">{t('analysis.report.insert.choose')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-by`}>{t('analysis.report.insert.breakdown')}</label>
      <select
        id={`${id}-by`}
        value={breakdown}
        onChange={(event) => setBreakdown(event.target.value as ReportBreakdown)}
      >
        {REPORT_BREAKDOWNS.map((b) => (
          <option key={b} value={b}>
            {t(`analysis.report.insert.breakdowns.${b}`)}
          </option>
        ))}
      </select>
      <fieldset className="report-insert__display">
        <legend>{t('analysis.report.insert.display')}</legend>
        {(['chart', 'table'] as const).map((d) => (
          <label key={d}>
            <input
              type="radio"
              name={`${id}-display`}
              value={d}
              checked={display === d}
              onChange={() => setDisplay(d)}
            />{' '}
            {t(`analysis.report.figure.kind.${d}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--secondary button--small">
        {t('analysis.report.insert.submit')}
      </button>
    </form>
  );
}
