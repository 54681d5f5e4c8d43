import type { ReactNode } from 'react';

/** One section of the plan: headed by an h3 whose id (`<id>-heading`) names it, and its table, for assistive technology. */
export function PlanSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <h3 id={`${id}-heading`} className="section__title">
        {title}
      </h3>
      {children}
    </section>
  );
}
