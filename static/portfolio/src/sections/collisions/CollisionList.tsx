import type { CollisionCampaign, CollisionView, GetCollisionsResult } from '../../../../../src/contracts/collisions';
import { collisionWords } from '../../../../../src/wording/catalog/collisions';
import { IssueLink } from '../../../../kit/issue-link';
import type { Strings } from '../../i18n';

const KINDS: readonly CollisionView['kind'][] = ['audience_overlap', 'channel_overlap', 'blackout', 'approver_overload'];

const campaignsOf = (c: CollisionView): readonly CollisionCampaign[] => (c.kind === 'blackout' ? [c.campaign] : c.campaigns);

/** A stable key of a collision in its group. */
const keyOf = (c: CollisionView, i: number): string =>
  `${c.kind}-${campaignsOf(c)
    .map((x) => x.campaignKey)
    .join('-')}-${i}`;

/**
 * The collisions grouped by kind, each group under its heading: each item's sentence, then a link to every campaign
 * it names (a campaign the reader may not see is never named: it has no link).
 */
export function CollisionList({ t, data }: { t: Strings; data: GetCollisionsResult }) {
  const words = collisionWords(t.lang);
  const v = t.collisionsView;
  if (data.collisions.length === 0)
    return (
      <p className="muted" data-testid="collisions-none">
        {words.none}
      </p>
    );
  return (
    <div data-testid="collisions-list">
      {KINDS.map((kind) => {
        const group = data.collisions.filter((c) => c.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} className="collisions__group" data-kind={kind} aria-labelledby={`collisions-${kind}`}>
            <h2 id={`collisions-${kind}`} className="section__title">
              {words.headings[kind]}
            </h2>
            <ul className="collisions__list">
              {group.map((c, i) => (
                <li key={keyOf(c, i)} className="collisions__item card" data-testid="collision">
                  <p className="collisions__text">{c.text}</p>
                  <p className="small collisions__links">
                    <span className="muted">{v.campaignsLabel}</span>{' '}
                    {campaignsOf(c)
                      .filter((x) => !x.hidden && x.campaignKey !== '')
                      .map((x) => (
                        <span key={x.campaignKey} className="collisions__link">
                          <IssueLink issueKey={x.campaignKey}>{x.name}</IssueLink>
                        </span>
                      ))}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
