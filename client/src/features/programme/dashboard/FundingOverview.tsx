import { endpoints, type Figures } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorKey } from '../../../lib/api';
import { count, euro, formatDay } from '../format';
import { PROGRAMME_KEY } from '../queries';
import { FundingApplications } from './FundingApplications';
import { TableScroll } from '../../../components/TableScroll';
import { Field, TextField } from '../../../ui/form/Field';

/** Money per funding year against the annual budget, per field of action, and the applications. */
export function FundingOverview({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const id = useId();
  const years = figures.funding;
  const [year, setYear] = useState<number | null>(null);
  const selected = years.find((y) => y.year === year) ?? years.at(-1) ?? null;

  return (
    <div className="programme-funding">
      <div
        className="programme-table-scroll"
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-years`}
      >
        <table className="programme-table">
          <caption id={`${id}-years`}>
            {t('programme.funding.yearsCaption', { date: formatDay(figures.asOf) })}
          </caption>
          <thead>
            <tr>
              {(
                ['year', 'budget', 'applications', 'requested', 'granted', 'remaining'] as const
              ).map((column) => (
                <th scope="col" key={column}>
                  {t(`programme.funding.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>{y.budget === null ? t('programme.funding.noBudget') : euro(y.budget)}</td>
                <td>{count(y.applications)}</td>
                <td>{euro(y.requested)}</td>
                <td>{euro(y.granted)}</td>
                <td>{euro(y.remaining)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {selected ? (
        <div className="programme-funding__fields">
          <Field
            id={`${id}-year`}
            className="field--inline"
            label={t('programme.funding.fieldsYear')}
          >
            {(control) => (
              <select
                {...control}
                value={selected.year}
                onChange={(e) => setYear(Number(e.target.value))}
              >
                {years.map((y) => (
                  <option key={y.year} value={y.year}>
                    {y.year}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TableScroll label={t('programme.funding.byField', { year: selected.year })}>
            <table className="programme-table">
              <caption>{t('programme.funding.byField', { year: selected.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('programme.funding.columns.field')}</th>
                  <th scope="col">{t('programme.funding.columns.applications')}</th>
                  <th scope="col">{t('programme.funding.columns.requested')}</th>
                  <th scope="col">{t('programme.funding.columns.granted')}</th>
                </tr>
              </thead>
              <tbody>
                {selected.byField.map((field) => (
                  <tr key={field.fieldOfAction}>
                    <th scope="row">{t(`vocab.field.${field.fieldOfAction}`)}</th>
                    <td>{count(field.applications)}</td>
                    <td>{euro(field.requested)}</td>
                    <td>{euro(field.granted)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      ) : (
        <p>{t('programme.funding.none')}</p>
      )}
      <BudgetForm />
      <FundingApplications />
    </div>
  );
}

/** Sets the programme budget of a year (e.g. 1.3 million EUR). */
function BudgetForm() {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [amount, setAmount] = useState('1300000');
  const save = useMutation({
    mutationFn: () =>
      api(endpoints.programme.setBudget, {
        params: { year: Number(year) },
        body: { amount: Number(amount) },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [PROGRAMME_KEY] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="programme-inline-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('programme.funding.setBudget')}</h3>
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
        id={`${id}-amount`}
        label={t('programme.funding.budgetAmount')}
        type="number"
        min={0}
        step={1000}
        required
        value={amount}
        onValueChange={setAmount}
      />
      <button type="submit" className="button" disabled={save.isPending}>
        {t('programme.form.save')}
      </button>
      <p role="status" className="programme-hint">
        {save.isSuccess
          ? t('programme.funding.budgetSaved', {
              year: save.data.year,
              remaining: euro(save.data.remaining),
            })
          : ''}
        {save.error ? t(errorKey(save.error)) : ''}
      </p>
    </form>
  );
}
