import type { Formatters } from './format';
import { GateCard } from './GateCard';
import type { Strings } from './i18n';
import { Section } from './Section';
import type { GateStatus } from './types';

export function SignOffSection({ t, f, gates }: { t: Strings; f: Formatters; gates: GateStatus[] }) {
  return (
    <Section id="signoff" title={t.signOff}>
      {gates.length === 0 ? (
        <p className="muted">{t.noGates}</p>
      ) : (
        <ul className="gates">
          {gates.map((g) => (
            <GateCard key={g.gateId} t={t} f={f} gate={g} />
          ))}
        </ul>
      )}
    </Section>
  );
}
