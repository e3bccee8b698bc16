import {
  CreateUpdateBodySchema,
  PLAIN_TEXT_MESSAGE,
  PROJECT_LIMITS,
  type Member,
} from '@pnetz/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey, isApiError } from '../../../lib/api';
import { Field, TextField } from '../../../ui/form/Field';
import { usePostUpdate, useUpload } from '../mutations';
import { MentionInput } from './MentionInput';

interface Chosen {
  file: File;
  description: string;
  /** Set once uploaded, so a retry does not upload it again. */
  attachmentId?: string;
  error?: string;
}

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,application/pdf,.docx,.xlsx,.txt,.csv';
const isImage = (file: File) => file.type.startsWith('image/');

/** Posting an update: text with @mentions, images (with a description for screen readers) and files. */
export function PostUpdateForm({
  projectId,
  members,
}: {
  projectId: string;
  members: readonly Member[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [files, setFiles] = useState<Chosen[]>([]);
  const [textError, setTextError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const upload = useUpload(projectId);
  const post = usePostUpdate(projectId);

  const textProblem = (value: string) => {
    const parsed = CreateUpdateBodySchema.shape.text.safeParse(value);
    if (parsed.success) return undefined;
    return parsed.error.issues[0]?.message === PLAIN_TEXT_MESSAGE
      ? t('projects.errors.markup')
      : t('projects.errors.required');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problem = textProblem(text);
    setTextError(problem);
    if (problem) return document.getElementById(`${id}-text`)?.focus();
    setBusy(true);
    try {
      const uploaded: Chosen[] = [];
      for (const chosen of files) {
        if (chosen.attachmentId) {
          uploaded.push(chosen);
          continue;
        }
        try {
          const attachment = await upload.mutateAsync({
            file: chosen.file,
            filename: chosen.file.name,
            description: chosen.description,
            for: 'update',
          });
          uploaded.push({ ...chosen, attachmentId: attachment.id, error: undefined });
        } catch (error) {
          uploaded.push({
            ...chosen,
            error: isApiError(error, 'validation_failed')
              ? t('projects.post.fileRefused')
              : t(errorKey(error)),
          });
        }
      }
      setFiles(uploaded);
      if (uploaded.some((f) => f.error)) return;
      await post.mutateAsync({
        text,
        mentions,
        attachmentIds: uploaded.flatMap((f) => (f.attachmentId ? [f.attachmentId] : [])),
      });
      setText('');
      setMentions([]);
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
    } catch {
      // The error is shown from the mutation's state below.
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form post-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('projects.post.title')}</h3>
      {post.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(post.error))}
        </p>
      ) : null}
      <MentionInput
        id={`${id}-text`}
        label={t('projects.post.text')}
        text={text}
        mentions={mentions}
        members={members}
        error={textError}
        rows={4}
        onChange={(value) => {
          setText(value.text);
          setMentions(value.mentions);
        }}
      />
      <Field
        id={`${id}-files`}
        label={t('projects.post.files')}
        hint={t('projects.post.filesHint', { count: PROJECT_LIMITS.attachmentsPerUpdate })}
      >
        {(control) => (
          <input
            {...control}
            ref={fileInput}
            type="file"
            multiple
            accept={ACCEPT}
            onChange={(event) =>
              setFiles(
                [...(event.target.files ?? [])]
                  .slice(0, PROJECT_LIMITS.attachmentsPerUpdate)
                  .map((file) => ({ file, description: '' })),
              )
            }
          />
        )}
      </Field>
      {files.length > 0 ? (
        <ul className="post-form__files">
          {files.map((chosen, index) => (
            <li key={`${chosen.file.name}-${index}`}>
              <span className="post-form__filename">{chosen.file.name}</span>
              {isImage(chosen.file) ? (
                <TextField
                  id={`${id}-alt-${index}`}
                  label={t('projects.post.imageDescription', { name: chosen.file.name })}
                  value={chosen.description}
                  onValueChange={(description) =>
                    setFiles(
                      files.map((f, i) =>
                        i === index ? { ...f, description, attachmentId: undefined } : f,
                      ),
                    )
                  }
                />
              ) : null}
              {chosen.error ? (
                <p className="field__error" role="alert">
                  {chosen.file.name}: {chosen.error}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? t('projects.post.sending') : t('projects.post.submit')}
        </button>
      </div>
    </form>
  );
}
