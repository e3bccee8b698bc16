import { endpoints, type Participant, type Post } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionTextarea } from '../../../components/mentions/MentionTextarea';
import type { Mentionable } from '../../../components/mentions/mention-query';
import { api, errorKey } from '../../../lib/api';
import { exchangeKeys } from '../queries';
import { Field } from '../../../ui/form/Field';

interface PostFormProps {
  exchangeId: string;
  parentId: string | null;
  participants: Participant[];
  label: string;
  onPosted?: () => void;
}

/** Writes a post or a reply; typing @ offers the participants to mention (they are notified). */
export function PostForm({ exchangeId, parentId, participants, label, onPosted }: PostFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<Mentionable[]>([]);
  const [empty, setEmpty] = useState(false);
  const people = participants.map((p) => ({
    id: p.id,
    name: p.name,
    detail: [p.organisation, p.council].filter(Boolean).join(', ') || null,
  }));

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
      <Field
        id={`${id}-body`}
        label={label}
        error={empty ? t('exchange.discussion.empty') : undefined}
      >
        {(control) => (
          <MentionTextarea
            id={control.id}
            value={body}
            people={people}
            invalid={empty}
            describedBy={control['aria-describedby']}
            onChange={(text, person) => {
              setBody(text);
              setEmpty(false);
              if (person)
                setMentions((list) =>
                  list.some((p) => p.id === person.id) ? list : [...list, person],
                );
            }}
          />
        )}
      </Field>
      <div className="x-row">
        <button type="submit" className="button" aria-disabled={send.isPending}>
          {parentId ? t('exchange.discussion.reply') : t('exchange.discussion.send')}
        </button>
      </div>
    </form>
  );
}
