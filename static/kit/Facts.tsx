import type { ReactNode } from 'react';

/** One term of a `Facts` list and its value; `className` is the value's (`text-danger` when it is over, say). */
export interface Fact {
  term: string;
  value: ReactNode;
  className?: string;
}

/** A few facts at a glance, as a description list (`.facts`, `.budget-line`, …): each term above its value. */
export function Facts({ className, facts }: { className: string; facts: readonly Fact[] }) {
  return (
    <dl className={className}>
      {facts.map((fact) => (
        <div key={fact.term}>
          <dt>{fact.term}</dt>
          <dd className={fact.className}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
