import { endpoints, type Meeting } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionTextarea } from '../../../components/mentions/MentionTextarea';
import type { Mentionable } from '../../../components/mentions/mention-query';
import { api, errorKey, isApiError } from '../../../lib/api';
import { exchangeKeys, mentionableQuery } from '../queries';
import { Field, TextArea, TextField } from '../../../ui/form/Field';

interface TaskRow {
  id?: string;
  title: string;
  responsible: string;
  due: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Attendees (with organisations), decisions and follow-up tasks of a meeting. Typing @ in the
 * decisions offers the people who may read the meeting; those named are notified.
 */
export function OutcomeForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [attendees, setAttendees] = useState(
    meeting.attendees
      .map((a) => (a.organisation ? `${a.name}, ${a.organisation}` : a.name))
      .join('\n'),
  );
  const [decisions, setDecisions] = useState(meeting.decisions.join('\n'));
  const [mentions, setMentions] = useState<Mentionable[]>([]);
  const mentionable = useQuery(mentionableQuery(meeting.id));
  const people = (mentionable.data?.items ?? []).map((p) => ({
    id: p.id,
    name: p.name,
    detail: [p.organisation, p.council].filter(Boolean).join(', ') || null,
  }));
  const [tasks, setTasks] = useState<TaskRow[]>(
    meeting.tasks.map((task) => ({
      id: task.id,
      title: task.title,
      responsible: task.responsible,
      due: task.due ?? '',
    })),
  );

  const save = useMutation({
    mutationFn: () =>
      api(endpoints.meetings.update, {
        params: { id: meeting.id },
        body: {
          attendees: lines(attendees).map((line) => {
            const [name = '', ...organisation] = line.split(',');
            return { name: name.trim(), organisation: organisation.join(',').trim() };
          }),
          decisions: lines(decisions),
          // Only people still named in the text count as mentioned.
          mentions: mentions.filter((p) => decisions.includes(`@${p.name}`)).map((p) => p.id),
          tasks: tasks
            .filter((task) => task.title.trim())
            .map((task) => ({
              ...(task.id ? { id: task.id } : {}),
              title: task.title.trim(),
              responsible: task.responsible.trim(),
              due: task.due || null,
            })),
        },
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(exchangeKeys.meeting(meeting.id), updated);
      onDone();
    },
  });

  const setTask = (index: number, patch: Partial<TaskRow>) =>
    setTasks((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  };

  return (
    <form className="form x-form" onSubmit={submit} noValidate>
      {save.error ? (
        <p className="form__alert" role="alert">
          {isApiError(save.error, 'validation_failed')
            ? t('meetings.outcome.invalid')
            : t(errorKey(save.error))}
        </p>
      ) : null}
      <TextArea
        id={`${id}-attendees`}
        label={t('meetings.attendees')}
        hint={t('meetings.outcome.attendeesHint')}
        value={attendees}
        onValueChange={setAttendees}
      />
      <Field
        id={`${id}-decisions`}
        label={t('meetings.decisions')}
        hint={t('meetings.outcome.decisionsHint')}
      >
        {(control) => (
          <MentionTextarea
            id={control.id}
            rows={3}
            value={decisions}
            people={people}
            describedBy={control['aria-describedby']}
            onChange={(text, person) => {
              setDecisions(text);
              if (person)
                setMentions((list) =>
                  list.some((p) => p.id === person.id) ? list : [...list, person],
                );
            }}
          />
        )}
      </Field>
      <fieldset className="x-choices">
        <legend>{t('meetings.tasks.title')}</legend>
        {tasks.map((task, index) => (
          <div key={task.id ?? `new-${index}`} className="x-row x-task-row">
            <TextField
              id={`${id}-task-${index}`}
              label={t('meetings.tasks.task', { number: index + 1 })}
              value={task.title}
              onValueChange={(value) => setTask(index, { title: value })}
            />
            <TextField
              id={`${id}-resp-${index}`}
              label={t('meetings.tasks.responsible')}
              value={task.responsible}
              onValueChange={(value) => setTask(index, { responsible: value })}
            />
            <TextField
              id={`${id}-due-${index}`}
              label={t('meetings.tasks.dueLabel')}
              type="date"
              value={task.due}
              onValueChange={(value) => setTask(index, { due: value })}
            />
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setTasks((rows) => [...rows, { title: '', responsible: '', due: '' }])}
        >
          {t('meetings.tasks.add')}
        </button>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={save.isPending}>
          {t('meetings.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('meetings.cancel')}
        </button>
      </div>
    </form>
  );
}
