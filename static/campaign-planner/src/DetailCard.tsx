import { useEffect, useRef, type ReactNode } from 'react';
import { DETAIL_ID } from './CampaignTable';
import type { Strings } from './i18n';

interface Props {
  t: Strings;
  title: string;
  hint: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
}

/** The panel under the campaign list; its heading takes the focus when it opens, so keyboard and screen reader users land in it. */
export function DetailCard({ t, title, hint, testId, onClose, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section id={DETAIL_ID} className="card detail" aria-labelledby={`${DETAIL_ID}-heading`} data-testid={testId}>
      <div className="card__header">
        <div>
          <h2 id={`${DETAIL_ID}-heading`} className="card__title" tabIndex={-1} ref={heading}>
            {title}
          </h2>
          <p className="section__hint">{hint}</p>
        </div>
        <button type="button" className="icon-button" aria-label={t.closePanel(title)} onClick={onClose}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {children}
    </section>
  );
}
