import { DATE_EXAMPLES, findDates, type DateHit } from './dates';
import type { Inline } from './blocks';
import { failed, found, headingSource, sectionInlines, type Candidate, type Outcome, type ReadContext } from './reading';
import { quote } from './text';

/** One launch day, from `<time>` elements or written dates; several different days are not guessed between. */
export function readLaunchDate(candidate: Candidate, ctx: ReadContext): Outcome<string> {
  const inlines: Inline[] = candidate.kind === 'entry' ? [candidate.inline] : sectionInlines(candidate.blocks);
  const source = candidate.kind === 'entry' ? candidate.source : headingSource(candidate.heading);
  const hits: DateHit[] = [];
  const problems: string[] = [];
  for (const inline of inlines) {
    if (inline.dates.length > 0) hits.push(...inline.dates.map((iso) => ({ iso })));
    else {
      const scan = findDates(inline.text, ctx.language, 'launchDate');
      hits.push(...scan.dates);
      problems.push(...scan.problems);
    }
  }
  const days = [...new Set(hits.map((h) => h.iso))];
  const [day, ...otherDays] = days;
  if (day !== undefined && otherDays.length === 0) {
    const note = hits.find((h) => h.note)?.note;
    return found(day, note ? `${source} (${note})` : source, problems);
  }
  if (days.length > 1)
    return failed(`launchDate: ${source} gives several dates (${days.join(', ')}); which one is the launch is not clear`, ...problems);
  if (problems.length > 0) return failed(...problems);
  const text = inlines.map((i) => i.text).find((t) => t.trim());
  return text
    ? failed(`launchDate: ${quote(text)} is not a date this parser understands (expected e.g. ${DATE_EXAMPLES[ctx.language]})`)
    : failed(`launchDate: ${source} is empty`);
}
