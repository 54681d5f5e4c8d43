import { useState } from 'react';

/** The fields ticked to take from the brief: `toggle` ticks or unticks one, `clear` unticks all. */
export interface FieldSelection {
  selected: ReadonlySet<string>;
  toggle: (field: string, on: boolean) => void;
  clear: () => void;
}

export function useFieldSelection(): FieldSelection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (field: string, on: boolean): void =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(field);
      else next.delete(field);
      return next;
    });
  return { selected, toggle, clear: () => setSelected(new Set()) };
}
