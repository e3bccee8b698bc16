import type { Editor } from '@tiptap/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
      <div className={`field${invalid ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-url`}>{t('plans.link.url')}</label>
        <input
          id={`${id}-url`}
          className="input"
          type="text"
          inputMode="url"
          autoComplete="url"
          // The form opens on the user's request: the field is where they continue.
          autoFocus
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setInvalid(false);
          }}
        />
        {invalid ? (
          <p id={`${id}-error`} className="field__error">
            {t('plans.link.invalid')}
          </p>
        ) : null}
      </div>
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
