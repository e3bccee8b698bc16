import { endpoints, type Participant, type Post } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorKey } from '../../../lib/api';
import { exchangeKeys } from '../queries';

interface PostFormProps {
  exchangeId: string;
  parentId: string | null;
  participants: Participant[];
  label: string;
  onPosted?: () => void;
}

/** Writes a post or a reply; people are mentioned by choosing them from the participants. */
export function PostForm({ exchangeId, parentId, participants, label, onPosted }: PostFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<Participant[]>([]);
  const [chosen, setChosen] = useState('');
  const [empty, setEmpty] = useState(false);

  const send = useMutation({
    mutationFn: () =>
      api(endpoints.exchange.createPost, {
        params: { id: exchangeId },
        // Only people still named in the text count as mentioned.
        body: {
          body: body.trim(),
          parentId,
          mentions: mentions.filter((p) => body.includes(`@${p.name}`)).map((p) => p.id),
        },
      }),
    onSuccess: (post) => {
      queryClient.setQueryData<{ items: Post[] }>(exchangeKeys.posts(exchangeId), (current) =>
        current && !current.items.some((item) => item.id === post.id)
          ? { items: [...current.items, post] }
          : current,
      );
      setBody('');
      setMentions([]);
      onPosted?.();
    },
  });

  const mention = () => {
    const person = participants.find((p) => p.id === chosen);
    if (!person) return;
    setBody((text) => `${text}${text && !text.endsWith(' ') ? ' ' : ''}@${person.name} `);
    setMentions((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
    textarea.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setEmpty(true);
      return;
    }
    if (!send.isPending) send.mutate();
  };

  return (
    <form className="x-post-form" onSubmit={submit} noValidate>
      {send.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(send.error))}
        </p>
      ) : null}
      <div className={`field${empty ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-body`}>{label}</label>
        <textarea
          ref={textarea}
          id={`${id}-body`}
          className="input"
          rows={3}
          value={body}
          aria-invalid={empty || undefined}
          aria-describedby={empty ? `${id}-error` : undefined}
          onChange={(event) => {
            setBody(event.target.value);
            setEmpty(false);
          }}
        />
        {empty ? (
          <p id={`${id}-error`} className="field__error">
            {t('exchange.discussion.empty')}
          </p>
        ) : null}
      </div>
      <div className="x-row">
        {participants.length > 0 ? (
          <div className="field field--inline">
            <label htmlFor={`${id}-mention`}>{t('exchange.discussion.mention')}</label>
            <select
              id={`${id}-mention`}
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
            >
              <option value="">{t('exchange.discussion.choosePerson')}</option>
              {participants.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.organisation ? `${person.name} (${person.organisation})` : person.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--secondary"
              onClick={mention}
              disabled={!chosen}
            >
              {t('exchange.discussion.insertMention')}
            </button>
          </div>
        ) : null}
        <button type="submit" className="button" aria-disabled={send.isPending}>
          {parentId ? t('exchange.discussion.reply') : t('exchange.discussion.send')}
        </button>
      </div>
    </form>
  );
}
