import type { ReactNode } from 'react';

/** A list of entries the user adds to and removes from (indicators, milestones, partners …). */
export function ListEditor<T>({
  legend,
  hint,
  items,
  addLabel,
  removeLabel,
  onChange,
  create,
  children,
}: {
  legend: string;
  hint?: string;
  items: readonly T[];
  addLabel: string;
  /** Label of the remove button of entry `index` (1-based in the text). */
  removeLabel: (index: number) => string;
  onChange: (items: T[]) => void;
  create: () => T;
  children: (item: T, index: number, update: (item: T) => void) => ReactNode;
}) {
  const replace = (index: number, item: T) =>
    onChange(items.map((old, i) => (i === index ? item : old)));
  return (
    <fieldset className="fieldset list-editor">
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <ol className="list-editor__items">
        {items.map((item, index) => (
          <li key={index} className="list-editor__item">
            {children(item, index, (changed) => replace(index, changed))}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              {removeLabel(index + 1)}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...items, create()])}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
