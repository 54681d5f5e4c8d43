import { useId, type ReactNode } from 'react';

/**
 * Words with their details in a tooltip: `title` for the mouse, and the same text as the element's accessible
 * description (a hidden node beside it that it points to), so a screen reader says it once, after the words.
 */
export function Tip({ tip, children, className, block }: { tip: string; children: ReactNode; className?: string; block?: boolean }) {
  const id = useId();
  const Box = block ? 'div' : 'span';
  return (
    <>
      <Box className={`tip${className ? ` ${className}` : ''}`} title={tip} aria-describedby={id}>
        {children}
      </Box>
      <span id={id} hidden>
        {tip}
      </span>
    </>
  );
}
