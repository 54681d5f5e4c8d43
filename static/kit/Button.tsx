import type { ReactNode } from 'react';

/** The kit's plain button (`type="button"`): `.button`, with its variant and small size as class modifiers. */
export function Button({
  variant,
  small,
  disabled,
  onClick,
  children,
}: {
  variant?: 'primary' | 'subtle' | 'danger';
  small?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  const className = ['button', variant && `button--${variant}`, small && 'button--small'].filter(Boolean).join(' ');
  return (
    <button type="button" className={className} disabled={disabled} onClick={onClick}>
      {children}
    </button>
  );
}
