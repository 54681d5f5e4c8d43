import type { ReactNode } from 'react';

/** One designed section of the panel: a card headed by an h3 that names it for assistive technology. */
export function Section({ id, title, aside, children }: { id: string; title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <header className="card__header">
        <h3 id={`${id}-title`} className="card__title">
          {title}
        </h3>
        {aside}
      </header>
      {children}
    </section>
  );
}
