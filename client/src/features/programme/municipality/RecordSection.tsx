import { useId, type ReactNode } from 'react';

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
