import { Fragment, useId, type ReactNode } from 'react';

/** A titled section of a municipality's records; the heading level fits the page it is on. */
export function RecordSection({
  title,
  level,
  children,
}: {
  title: string;
  level: 2 | 3;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="section programme-record" aria-labelledby={id}>
      <Heading id={id} className="section__title">
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** One kind of a municipality's records: how it is titled, listed and added to. */
export interface RecordKind<T extends { id: string }> {
  /** Stable name of the kind, for React keys. */
  kind: string;
  title: string;
  /** What the section says while there is no record of the kind. */
  none: string;
  items: readonly T[];
  /** One record as a list item (`<li className="programme-card">`). */
  card: (item: T) => ReactNode;
  /** The form to add a record, or null for whoever may only read. */
  form: ReactNode;
}

/** The records of one kind as cards under a heading, or a note that there are none, then the form. */
export function RecordListSection<T extends { id: string }>({
  title,
  none,
  items,
  card,
  form,
  level,
}: RecordKind<T> & { level: 2 | 3 }) {
  return (
    <RecordSection title={title} level={level}>
      {items.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul className="programme-cards">
          {items.map((item) => (
            <Fragment key={item.id}>{card(item)}</Fragment>
          ))}
        </ul>
      )}
      {form}
    </RecordSection>
  );
}

/** A secondary action on a record (finish, advance, delete), disabled while it is being saved. */
export function RecordAction({
  label,
  action,
}: {
  label: string;
  action: { mutate: (input: undefined) => void; isPending: boolean };
}) {
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => action.mutate(undefined)}
      disabled={action.isPending}
    >
      {label}
    </button>
  );
}
