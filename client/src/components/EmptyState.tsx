interface EmptyStateProps {
  /** Shown as an `h2`; leave out when the surrounding section already has a heading. */
  title?: string;
  text: string;
}

export function EmptyState({ title, text }: EmptyStateProps) {
  return (
    <div className="empty-state">
      {title ? <h2 className="empty-state__title">{title}</h2> : null}
      <p>{text}</p>
    </div>
  );
}
