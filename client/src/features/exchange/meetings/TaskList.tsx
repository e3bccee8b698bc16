import {
  FIELDS_OF_ACTION,
  FieldOfActionSchema,
  endpoints,
  type FieldOfAction,
  type Meeting,
  type MeetingTask,
} from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, errorKey } from '../../../lib/api';
import { Select } from '../../../ui/form/Field';
import { formatDate } from '../../../lib/format';
import { councilsQuery } from '../../councils/queries';
import { exchangePaths } from '../paths';
import { exchangeKeys } from '../queries';

/** Chooses a plan of one's councils that one may edit, and turns the task into a measure there. */
function ToMeasureForm({
  meeting,
  task,
  onDone,
}: {
  meeting: Meeting;
  task: MeetingTask;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const councils = useQuery(councilsQuery);
  const writable = (councils.data?.items ?? []).filter(
    (c) => c.myRole === 'admin' || c.myRole === 'member',
  );
  const [workspaceId, setWorkspaceId] = useState('');
  const [planId, setPlanId] = useState('');
  const [field, setField] = useState<FieldOfAction | ''>('');
  const plans = useQuery({
    queryKey: ['plans', 'list', workspaceId, false],
    queryFn: ({ signal }) =>
      api(endpoints.plans.list, { params: { workspaceId }, query: { archived: 'false' }, signal }),
    enabled: workspaceId !== '',
  });
  const actionPlans = (plans.data?.items ?? []).filter(
    (plan) => plan.kind === 'action_plan' && plan.access === 'write',
  );
  const convert = useMutation({
    mutationFn: () =>
      api(endpoints.meetings.taskToMeasure, {
        params: { id: meeting.id, taskId: task.id },
        body: { planId, fieldOfAction: field || null },
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(exchangeKeys.meeting(meeting.id), updated);
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (planId && !convert.isPending) convert.mutate();
  };
  return (
    <form
      className="x-inline-form"
      onSubmit={submit}
      aria-label={t('meetings.tasks.toMeasureFor', { title: task.title })}
    >
      {convert.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(convert.error))}
        </p>
      ) : null}
      <Select
        id={`${id}-council`}
        label={t('meetings.tasks.council')}
        value={workspaceId}
        empty={t('meetings.tasks.chooseCouncil')}
        options={writable.map((council) => ({ value: council.id, label: council.name }))}
        onValueChange={(value) => {
          setWorkspaceId(value);
          setPlanId('');
        }}
      />
      <Select
        id={`${id}-plan`}
        label={t('meetings.tasks.plan')}
        value={planId}
        disabled={!workspaceId}
        empty={
          workspaceId && plans.data && actionPlans.length === 0
            ? t('meetings.tasks.noPlans')
            : t('meetings.tasks.choosePlan')
        }
        options={actionPlans.map((plan) => ({ value: plan.id, label: plan.title }))}
        onValueChange={setPlanId}
      />
      <Select
        id={`${id}-field`}
        label={t('meetings.tasks.field')}
        value={field}
        empty={t('meetings.tasks.noField')}
        options={FIELDS_OF_ACTION.map((option) => ({
          value: option,
          label: t(`vocab.field.${option}`),
        }))}
        onValueChange={(value) => setField(FieldOfActionSchema.safeParse(value).data ?? '')}
      />
      <div className="form__actions">
        <button
          type="submit"
          className="button"
          disabled={!planId}
          aria-disabled={convert.isPending}
        >
          {t('meetings.tasks.toMeasure')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('meetings.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Follow-up tasks; each can become a measure in a council's action plan. */
export function TaskList({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  if (meeting.tasks.length === 0) return <p className="x-muted">{t('meetings.tasks.none')}</p>;
  return (
    <ul className="x-list x-tasks">
      {meeting.tasks.map((task) => (
        <li key={task.id}>
          <p>
            <strong>{task.title}</strong>
            {task.responsible ? <span className="x-muted"> · {task.responsible}</span> : null}
            {task.due ? (
              <span className="x-muted">
                {' '}
                · {t('meetings.tasks.due', { date: formatDate(task.due) })}
              </span>
            ) : null}
          </p>
          {task.measure ? (
            <p>
              {t('meetings.tasks.isMeasure')}{' '}
              <Link to={exchangePaths.plan(task.measure.planId)}>{task.measure.planTitle}</Link>
            </p>
          ) : meeting.access === 'write' ? (
            open === task.id ? (
              <ToMeasureForm meeting={meeting} task={task} onDone={() => setOpen(null)} />
            ) : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setOpen(task.id)}
              >
                {t('meetings.tasks.toMeasure')}
              </button>
            )
          ) : null}
        </li>
      ))}
    </ul>
  );
}
