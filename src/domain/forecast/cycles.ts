/**
 * Strongly connected components of more than one activity (Tarjan 1972): the activities on a cycle of links.
 * Returns, for each activity, its component id, or -1 when it is on no cycle.
 */
export function cycleComponents(successors: readonly (readonly number[])[]): Int32Array {
  const n = successors.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  const visit = (v: number): void => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
    for (const w of successors[v] ?? []) {
      if (index[w] === -1) {
        visit(w);
        low[v] = Math.min(low[v] ?? 0, low[w] ?? 0);
      } else if (onStack[w]) low[v] = Math.min(low[v] ?? 0, index[w] ?? 0);
    }
    if (low[v] !== index[v]) return;
    const members: number[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack[w] = 0;
      members.push(w);
    }
    if (members.length > 1) {
      for (const m of members) component[m] = components;
      components += 1;
    }
  };
  for (let v = 0; v < n; v += 1) if (index[v] === -1) visit(v);
  return component;
}
