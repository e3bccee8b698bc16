import type { CreateMeetingBody, Meeting } from '@pnetz/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea, TextField } from '../../../ui/form/Field';
import { errorKey, isApiError } from '../../../lib/api';
import { fromLocalInput, toLocalInput } from '../format';

export type MeetingFields = Pick<
  CreateMeetingBody,
  'title' | 'startsAt' | 'endsAt' | 'location' | 'videoUrl' | 'agenda'
>;

interface MeetingFormProps {
  meeting?: Meeting;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: MeetingFields) => void;
  /** More fields of the caller (e.g. which council). */
  children?: ReactNode;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Date, place or video link, and agenda of a meeting. */
export function MeetingForm({
  meeting,
  submitLabel,
  pending,
  error,
  onSubmit,
  children,
}: MeetingFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [startsAt, setStartsAt] = useState(toLocalInput(meeting?.startsAt ?? null));
  const [endsAt, setEndsAt] = useState(toLocalInput(meeting?.endsAt ?? null));
  const [location, setLocation] = useState(meeting?.location ?? '');
  const [videoUrl, setVideoUrl] = useState(meeting?.videoUrl ?? '');
  const [agenda, setAgenda] = useState((meeting?.agenda ?? []).join('\n'));
  const [missing, setMissing] = useState<{ title?: boolean; startsAt?: boolean }>({});

  const serverField = (path: string) =>
    isApiError(error, 'validation_failed') && error.fields.some((field) => field.path === path);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = fromLocalInput(startsAt);
    if (!title.trim() || !start) {
      setMissing({ title: !title.trim(), startsAt: !start });
      return;
    }
    if (pending) return;
    onSubmit({
      title: title.trim(),
      startsAt: start,
      endsAt: fromLocalInput(endsAt),
      location: location.trim(),
      videoUrl: videoUrl.trim() || null,
      agenda: lines(agenda),
    });
  };

  return (
    <form className="form x-form" onSubmit={submit} noValidate>
      {error && !isApiError(error, 'validation_failed') ? (
        <p className="form__alert" role="alert">
          {t(errorKey(error))}
        </p>
      ) : null}
      {children}
      <TextField
        id={`${id}-title`}
        label={t('meetings.form.title')}
        value={title}
        maxLength={200}
        error={missing.title ? t('meetings.form.titleRequired') : undefined}
        onChange={(event) => setTitle(event.target.value)}
      />
      <div className="x-row">
        <TextField
          id={`${id}-start`}
          type="datetime-local"
          label={t('meetings.form.startsAt')}
          value={startsAt}
          error={missing.startsAt ? t('meetings.form.startsAtRequired') : undefined}
          onChange={(event) => setStartsAt(event.target.value)}
        />
        <TextField
          id={`${id}-end`}
          type="datetime-local"
          label={t('meetings.form.endsAt')}
          value={endsAt}
          error={serverField('body.endsAt') ? t('meetings.form.endsAtInvalid') : undefined}
          onChange={(event) => setEndsAt(event.target.value)}
        />
      </div>
      <TextField
        id={`${id}-location`}
        label={t('meetings.form.location')}
        value={location}
        onChange={(event) => setLocation(event.target.value)}
      />
      <TextField
        id={`${id}-video`}
        type="url"
        label={t('meetings.form.videoUrl')}
        value={videoUrl}
        placeholder="https://"
        error={serverField('body.videoUrl') ? t('meetings.form.videoUrlInvalid') : undefined}
        onChange={(event) => setVideoUrl(event.target.value)}
      />
      <TextArea
        id={`${id}-agenda`}
        label={t('meetings.form.agenda')}
        hint={t('meetings.form.onePerLine')}
        value={agenda}
        onValueChange={setAgenda}
      />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
