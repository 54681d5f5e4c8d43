import { findDates, type DateHit } from './dates';
import type { Inline } from './blocks';
import { clip, inner, type BriefNote } from './notes';
import { failed, found, headingSource, sectionInlines, type Candidate, type Outcome, type ReadContext } from './reading';

const field = 'launchDate';

/** One launch day, from `<time>` elements or written dates; several different days are not guessed between. */
export function readLaunchDate(candidate: Candidate, ctx: ReadContext): Outcome<string> {
  const inlines: Inline[] = candidate.kind === 'entry' ? [candidate.inline] : sectionInlines(candidate.blocks);
  const source = candidate.kind === 'entry' ? candidate.source : headingSource(candidate.heading);
  const hits: DateHit[] = [];
  const problems: BriefNote[] = [];
  for (const inline of inlines) {
    if (inline.dates.length > 0) hits.push(...inline.dates.map((iso) => ({ iso })));
    else {
      const scan = findDates(inline.text, ctx.language, field);
      hits.push(...scan.dates);
      problems.push(...scan.problems);
    }
  }
  const days = [...new Set(hits.map((h) => h.iso))];
  const [day, ...otherDays] = days;
  if (day !== undefined && otherDays.length === 0) {
    const raw = hits.find((h) => h.readDayFirst)?.readDayFirst;
    return found(day, raw ? { key: 'briefReading.srcDayFirst', params: { ...inner('source', source), raw } } : source, problems);
  }
  if (days.length > 1)
    return failed({ key: 'briefReading.severalDates', params: { field, ...inner('source', source), dates: days.join(',') } }, ...problems);
  if (problems.length > 0) return failed(...problems);
  const text = inlines.map((i) => i.text).find((t) => t.trim());
  return text
    ? failed({ key: 'briefReading.notADate', params: { field, text: clip(text) } })
    : failed({ key: 'briefReading.sourceEmpty', params: { field, ...inner('source', source) } });
}
