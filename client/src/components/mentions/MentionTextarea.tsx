import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activeMention,
  insertMention,
  suggestions,
  type ActiveMention,
  type Mentionable,
} from './mention-query';
import './mentions.css';

interface MentionTextareaProps {
  id: string;
  value: string;
  /** The new text; with the person chosen from the suggestions, whose name it now holds. */
  onChange: (value: string, mentioned?: Mentionable) => void;
  /** Only the people who may read the text. */
  people: readonly Mentionable[];
  rows?: number;
  invalid?: boolean;
  /** Ids of further descriptions (an error message). */
  describedBy?: string | undefined;
}

/**
 * A textarea with `@` autocomplete: typing `@` and the start of a name offers the people who may
 * read the text. Arrow keys move through the suggestions, Enter or Tab takes one, Escape closes
 * them; the caret stays in the text (the suggestions are its `aria-activedescendant`).
 */
export function MentionTextarea({
  id,
  value,
  onChange,
  people,
  rows = 3,
  invalid = false,
  describedBy,
}: MentionTextareaProps) {
  const { t } = useTranslation();
  const listId = useId();
  const own = useRef<HTMLTextAreaElement>(null);
  const [active, setActive] = useState<ActiveMention | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [caretTo, setCaretTo] = useState<number | null>(null);

  const open = active !== null && active.start !== dismissed;
  const options = open ? suggestions(people, active.query) : [];
  const shown = options.length > 0;
  const current = Math.min(highlighted, Math.max(0, options.length - 1));

  useLayoutEffect(() => {
    if (caretTo === null || !own.current) return;
    own.current.setSelectionRange(caretTo, caretTo);
    setCaretTo(null);
  }, [caretTo]);

  const track = (element: HTMLTextAreaElement) => {
    const next = activeMention(element.value, element.selectionStart);
    setActive((previous) =>
      previous?.start === next?.start && previous?.query === next?.query ? previous : next,
    );
    if (next?.start !== active?.start) setHighlighted(0);
    if (next === null) setDismissed(null);
  };

  const choose = (person: Mentionable) => {
    if (!active || !own.current) return;
    const result = insertMention(value, active, own.current.selectionStart, person);
    onChange(result.text, person);
    // This @ is done: it does not offer suggestions again while the text goes on after it.
    setDismissed(active.start);
    setActive(null);
    setCaretTo(result.caret);
    own.current.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!shown || !active) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((current + step + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(options[current]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissed(active.start);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const described = [`${id}-mention-hint`, describedBy].filter(Boolean).join(' ');

  return (
    <div className="mention-box">
      <textarea
        ref={own}
        id={id}
        className="input"
        rows={rows}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={described}
        aria-autocomplete="list"
        aria-controls={shown ? listId : undefined}
        aria-activedescendant={shown ? optionId(current) : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          track(event.target);
        }}
        onSelect={(event) => track(event.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
      />
      <p id={`${id}-mention-hint`} className="mention-box__hint">
        {t('mentions.hint')}
      </p>
      {shown ? (
        <ul
          id={listId}
          role="listbox"
          className="mention-box__list"
          aria-label={t('mentions.list')}
        >
          {options.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className="mention-box__option"
              // Keeps the caret in the textarea; the click picks the person.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(person)}
            >
              <span className="mention-box__name">{person.name}</span>
              {person.detail ? (
                <span className="mention-box__detail"> · {person.detail}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {open && active.query
          ? shown
            ? t('mentions.count', { count: options.length })
            : t('mentions.none')
          : ''}
      </p>
    </div>
  );
}
