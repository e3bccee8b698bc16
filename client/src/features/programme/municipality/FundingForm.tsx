import {
  FIELDS_OF_ACTION,
  applicationWindow,
  checkFundingRules,
  endpoints,
  todayInSaxony,
  type Day,
  type FieldOfAction,
} from '@pnetz/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { formatDay } from '../format';
import { Checkbox, Select, TextArea, TextField } from '../../../ui/form/Field';
import { FormAlert } from './FormAlert';
import { RuleNotes } from './RuleNotes';
import { useRecordMutation } from './useRecordMutation';

interface CostItem {
  label: string;
  amount: string;
  capital: boolean;
}

const number = (value: string) => (value.trim() === '' ? 0 : Number(value));

/**
 * Records a funding application. The funding rules are checked while typing with the same code
 * the server uses; the server's answer (warnings, or a refusal naming the rule) is shown as well.
 */
export function FundingForm({
  municipalityId,
  advisedOn,
}: {
  municipalityId: string;
  advisedOn: Day | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [project, setProject] = useState('');
  const [field, setField] = useState<FieldOfAction>('violence');
  const [purpose, setPurpose] = useState('');
  const [requested, setRequested] = useState('');
  const [ownShare, setOwnShare] = useState('');
  const [submittedOn, setSubmittedOn] = useState(todayInSaxony());
  const [items, setItems] = useState<CostItem[]>([]);
  const costItems = items.map((item) => ({
    label: item.label,
    amount: number(item.amount),
    capital: item.capital,
  }));
  const issues = checkFundingRules(
    {
      year: Number(year),
      amountRequested: number(requested),
      ownShare: number(ownShare),
      costItems,
      submittedOn,
      status: 'applied',
      amountGranted: null,
    },
    { advisedOn, budgetRemaining: null },
  );
  const save = useRecordMutation(() =>
    api(endpoints.programme.createFunding, {
      params: { id: municipalityId },
      body: {
        year: Number(year),
        project,
        fieldOfAction: field,
        purpose,
        amountRequested: number(requested),
        ownShare: number(ownShare),
        submittedOn,
        costItems,
      },
    }),
  );
  const applyWindow = Number.isInteger(Number(year)) ? applicationWindow(Number(year)) : null;
  const update = (index: number, change: Partial<CostItem>) =>
    setItems((all) => all.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };

  return (
    <form className="form programme-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('programme.funding.add')}</h3>
      <FormAlert error={save.error} />
      <div className="programme-form__grid">
        <TextField
          id={`${id}-year`}
          label={t('programme.funding.columns.year')}
          type="number"
          min={2019}
          max={2100}
          required
          value={year}
          onValueChange={setYear}
        />
        <TextField
          id={`${id}-project`}
          label={t('programme.funding.columns.project')}
          required
          maxLength={200}
          value={project}
          onValueChange={setProject}
        />
        <Select
          id={`${id}-field`}
          label={t('programme.funding.columns.fieldOfAction')}
          value={field}
          options={FIELDS_OF_ACTION.map((f) => ({ value: f, label: t(`vocab.field.${f}`) }))}
          onChange={(e) => setField(e.target.value as FieldOfAction)}
        />
        <TextField
          id={`${id}-requested`}
          label={t('programme.funding.amountRequested')}
          type="number"
          min={0}
          step={50}
          required
          value={requested}
          onValueChange={setRequested}
        />
        <TextField
          id={`${id}-own`}
          label={t('programme.funding.ownShareLabel')}
          type="number"
          min={0}
          step={50}
          required
          value={ownShare}
          onValueChange={setOwnShare}
        />
        <TextField
          id={`${id}-submitted`}
          label={t('programme.funding.columns.submittedOn')}
          type="date"
          required
          value={submittedOn}
          onValueChange={setSubmittedOn}
          hint={
            applyWindow
              ? t('programme.funding.window', {
                  from: formatDay(applyWindow.from),
                  to: formatDay(applyWindow.to),
                })
              : undefined
          }
        />
      </div>
      <TextArea
        id={`${id}-purpose`}
        label={t('programme.funding.purpose')}
        rows={2}
        maxLength={4000}
        value={purpose}
        onValueChange={setPurpose}
      />
      {items.map((item, index) => (
        <fieldset key={index} className="programme-row">
          <legend>{t('programme.funding.costItem', { number: index + 1 })}</legend>
          <TextField
            id={`${id}-label-${index}`}
            label={t('programme.funding.costLabel')}
            required
            value={item.label}
            onValueChange={(value) => update(index, { label: value })}
          />
          <TextField
            id={`${id}-amount-${index}`}
            label={t('programme.funding.costAmount')}
            type="number"
            min={0}
            required
            value={item.amount}
            onValueChange={(value) => update(index, { amount: value })}
          />
          <Checkbox
            id={`${id}-capital-${index}`}
            label={t('programme.funding.capital')}
            checked={item.capital}
            onCheckedChange={(capital) => update(index, { capital })}
          />
        </fieldset>
      ))}
      <RuleNotes issues={issues} live />
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setItems((all) => [...all, { label: '', amount: '', capital: false }])}
        >
          {t('programme.funding.addCostItem')}
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('programme.funding.save')}
        </button>
        <span role="status" className="form__progress">
          {save.isSuccess
            ? t('programme.funding.savedWithWarnings', { count: save.data.warnings.length })
            : ''}
        </span>
      </div>
    </form>
  );
}
