/** Every text a catalogue table yields: its strings, and its functions called with a few sample argument lists. */
const ARGS: unknown[][] = [
  [1, 2, 3, 4, 5],
  ['a', 'b', 'c', 'd', 'e'],
  [2, 'b', 1, 'd', null],
  ['g', 'decline', 'who', 'on', 'why'],
  [{ kind: 'all' }, 3],
  [{ kind: 'count', n: 2 }, 3],
  [true, '1000'],
  [
    {
      days: 2,
      due: '2025-01-02',
      field: 'f',
      problem: 'p',
      kb: 300,
      limitKb: 256,
      projectKey: 'MKT',
      permission: 'EDIT_ISSUES',
      action: 'plan a campaign',
      epicKey: 'MKT-1',
    },
  ],
];

export function texts(table: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (path: string, v: unknown): void => {
    if (typeof v === 'string') out.set(path, v);
    else if (typeof v === 'function') {
      ARGS.forEach((args, i) => {
        try {
          const s: unknown = (v as (...a: unknown[]) => unknown)(...args);
          if (typeof s === 'string') out.set(`${path}(${i})`, s);
        } catch {
          // An argument list of the wrong shape for this entry: other lists cover it.
        }
      });
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(path ? `${path}.${k}` : k, x);
  };
  walk(prefix, table);
  return out;
}
