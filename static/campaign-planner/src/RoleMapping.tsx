import { PeopleOptions } from '../../kit/people';
import type { Strings } from './i18n';
import type { OwnerRole, PersonOption, RoleAssignments } from './types';

interface Props {
  t: Strings;
  roles: OwnerRole[];
  assignments: RoleAssignments;
  /** The people the pickers offer (those who may be given work in the project). */
  people: PersonOption[];
  /** Everyone the page knows, to name the people already mapped; `people` when absent. */
  names?: PersonOption[];
  busy: boolean;
  onChange: (next: RoleAssignments) => void;
}

/** Role → people, as chips with a remove button and an "Add…" picker per role. */
export function RoleMapping({ t, roles, assignments, people, names, busy, onChange }: Props) {
  const name = new Map((names ?? people).map((p) => [p.accountId, p.displayName]));
  const setRole = (role: OwnerRole, ids: string[]): void => onChange({ ...assignments, [role]: ids });
  return (
    <section aria-labelledby="roles-heading" className="section">
      <h3 id="roles-heading" className="section__title">
        {t.roles}
      </h3>
      <p className="section__hint">{t.rolesHint}</p>
      <dl className="roles">
        {roles.map((role) => {
          const ids = assignments[role] ?? [];
          const roleName = t.roleNames[role];
          const others = people.filter((p) => !ids.includes(p.accountId));
          return (
            <div key={role} className="roles__item">
              <dt className="roles__role">{roleName}</dt>
              <dd className="roles__people">
                {ids.length === 0 && others.length === 0 && <span className="muted">{t.nobody}</span>}
                {ids.map((id) => (
                  <span key={id} className="chip chip--person">
                    {name.get(id) ?? id}
                    <button
                      type="button"
                      className="chip__remove"
                      disabled={busy}
                      aria-label={t.removePerson(name.get(id) ?? id, roleName)}
                      onClick={() =>
                        setRole(
                          role,
                          ids.filter((x) => x !== id),
                        )
                      }
                    >
                      ×
                    </button>
                  </span>
                ))}
                {others.length > 0 && (
                  <select
                    className="input input--inline"
                    aria-label={ids.length === 0 ? `${t.addPerson(roleName)} (${t.nobody})` : t.addPerson(roleName)}
                    disabled={busy}
                    value=""
                    onChange={(e) => e.target.value && setRole(role, [...ids, e.target.value])}
                  >
                    <option value="">{t.choosePerson}</option>
                    <PeopleOptions people={others} />
                  </select>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
