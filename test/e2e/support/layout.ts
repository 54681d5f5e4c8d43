/** Layout checks the browser tests share. */
import type { Frame } from 'playwright-core';

/**
 * What scrolls sideways in a frame: the page itself (by how many pixels, with the innermost elements that stick out
 * past its right edge), and the elements whose own content is wider than they are (a `.table-wrap` that scrolls),
 * each named by tag and class.
 */
export async function sidewaysScroll(frame: Frame): Promise<{ page: number; elements: string[] }> {
  return frame.evaluate(() => {
    const one = (e: Element): string => {
      const classes = typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
      const id = e.id ? `#${e.id}` : '';
      const testId = e.getAttribute('data-testid');
      return `${e.tagName.toLowerCase()}${id}${classes}${testId ? `[data-testid=${testId}]` : ''}`;
    };
    // A scrolling box is named by what it holds too (the table inside a `.table-wrap`).
    const name = (e: Element): string => (e.firstElementChild ? `${one(e)} > ${one(e.firstElementChild)}` : one(e));
    const root = document.scrollingElement ?? document.documentElement;
    const all = Array.from(document.querySelectorAll('body *'));
    const scrolling = all.filter((e) => {
      const style = getComputedStyle(e);
      return (style.overflowX === 'auto' || style.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1;
    });
    const page = Math.max(0, root.scrollWidth - root.clientWidth);
    const out =
      page === 0
        ? []
        : all.filter(
            (e) =>
              e.getBoundingClientRect().right > root.clientWidth + 0.5 &&
              !Array.from(e.children).some((c) => c.getBoundingClientRect().right > root.clientWidth + 0.5),
          );
    return { page, elements: [...scrolling.map(name), ...out.slice(0, 5).map((e) => `${name(e)} sticks out`)] };
  });
}
