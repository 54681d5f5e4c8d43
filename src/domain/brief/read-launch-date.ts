import { findDates, type DateChoice, type DateHit } from './dates';
import type { Inline } from './blocks';
import { clip, inner, type BriefNote } from './notes';
import { failed, found, headingSource, sectionInlines, type Candidate, type Outcome, type ReadContext } from './reading';

const field = 'launchDate';

/**
 * One launch day, from `<time>` elements or written dates; several different days are not guessed between. A
 * numeric date with two readings is offered to the PM (`ctx.choices`) and used only once picked.
 */
export function readLaunchDate(candidate: Candidate, ctx: ReadContext): Outcome<string> {
  const inlines: Inline[] = candidate.kind === 'entry' ? [candidate.inline] : sectionInlines(candidate.blocks);
  const source = candidate.kind === 'entry' ? candidate.source : headingSource(candidate.heading);
  const hits: DateHit[] = [];
  const choices: DateChoice[] = [];
  const problems: BriefNote[] = [];
  for (const inline of inlines) {
    if (inline.dates.length > 0) hits.push(...inline.dates.map((iso) => ({ iso })));
    else {
      const scan = findDates(inline.text, ctx.language, field, ctx.today);
      hits.push(...scan.dates);
      choices.push(...scan.choices);
      problems.push(...scan.problems);
    }
  }
  let pickedFrom: DateChoice | undefined;
  let unpicked = false;
  for (const choice of choices) {
    const picked = ctx.picks.launchDate && choice.options.includes(ctx.picks.launchDate) ? ctx.picks.launchDate : undefined;
    if (!ctx.choices.some((c) => c.raw === choice.raw))
      ctx.choices.push({ field, raw: choice.raw, options: choice.options, source, ...(picked ? { picked } : {}) });
    if (picked) {
      hits.push({ iso: picked });
      pickedFrom = choice;
    } else {
      unpicked = true;
      problems.push({
        key: 'briefReading.ambiguousDate',
        params: { field, raw: choice.raw, ...readings(choice, ctx) },
      });
    }
  }
  // While a reading is still to be picked, no date is used.
  if (unpicked) return failed(...problems);
  const days = [...new Set(hits.map((h) => h.iso))];
  const [day, ...otherDays] = days;
  if (day !== undefined && otherDays.length === 0) {
    const notices = [...problems];
    const assumed = hits.find((h) => h.yearAssumed)?.yearAssumed;
    if (assumed) notices.push({ key: 'briefReading.yearAssumed', params: { field, raw: assumed, day } });
    if (ctx.today && day < ctx.today) notices.push({ key: 'briefReading.pastDate', params: { field, day } });
    const cited = pickedFrom ? { key: 'briefReading.srcPicked', params: { ...inner('source', source), raw: pickedFrom.raw } } : source;
    return found(day, cited as BriefNote, notices);
  }
  if (days.length > 1)
    return failed({ key: 'briefReading.severalDates', params: { field, ...inner('source', source), dates: days.join(',') } }, ...problems);
  if (problems.length > 0) return failed(...problems);
  const text = inlines.map((i) => i.text).find((t) => t.trim());
  return text
    ? failed({ key: 'briefReading.notADate', params: { field, text: clip(text) } })
    : failed({ key: 'briefReading.sourceEmpty', params: { field, ...inner('source', source) } });
}

/** The two readings by name (the options list the brief language's usual one first). */
const readings = (choice: DateChoice, ctx: ReadContext): { dayFirst: string; monthFirst: string } =>
  ctx.language === 'fr'
    ? { dayFirst: choice.options[0], monthFirst: choice.options[1] }
    : { dayFirst: choice.options[1], monthFirst: choice.options[0] };
