import type { Editor } from '@tiptap/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/form/Field';
import { normaliseLink } from './extensions';

/** Sets, changes or removes the link at the selection; text without a selection becomes the link. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [invalid, setInvalid] = useState(false);
  const hasLink = editor.isActive('link');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const href = normaliseLink(value);
    if (!href) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !hasLink) {
      chain
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <form
      className="link-form"
      aria-label={t('plans.link.formLabel')}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          editor.commands.focus();
          onClose();
        }
      }}
    >
      <TextField
        id={`${id}-url`}
        label={t('plans.link.url')}
        error={invalid ? t('plans.link.invalid') : undefined}
        type="text"
        inputMode="url"
        autoComplete="url"
        // The form opens on the user's request: the field is where they continue.
        autoFocus
        value={value}
        onValueChange={(next) => {
          setValue(next);
          setInvalid(false);
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary">
          {t('plans.link.apply')}
        </button>
        {hasLink ? (
          <button type="button" className="button button--secondary" onClick={remove}>
            {t('plans.link.remove')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            editor.commands.focus();
            onClose();
          }}
        >
          {t('plans.link.cancel')}
        </button>
      </div>
    </form>
  );
}
