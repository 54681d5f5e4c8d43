/** Today's calendar day (YYYY-MM-DD) in the reader's time zone, else the browser's. */
export function todayIn(timeZone: string | undefined): string {
  const parts = (zone: string | undefined): string =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  try {
    return parts(timeZone);
  } catch {
    return parts(undefined);
  }
}
