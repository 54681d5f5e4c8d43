import type { KpiConnector } from '../../contracts/kpi';
import type { CampaignRecord } from '../model';
import { SIGNATURE_HEADER } from './signature';

/** A campaign's signing secret as the connector shows it. */
export interface KpiSecret {
  secret: string;
  createdAt: string;
}

/** Where and how a tool pushes the campaign's KPI actuals, with a ready-to-run signed `curl` example. */
export function kpiConnectorOf(record: CampaignRecord, url: string, secret: KpiSecret): KpiConnector {
  const kpi = record.plan.kpis[0];
  const body = JSON.stringify({
    campaign: record.epicKey,
    kpi: kpi?.kpiId ?? 'orders',
    value: 120,
    at: '2026-11-27T10:00:00Z',
    source: 'hubspot',
  });
  const curlExample = [
    `SECRET='${secret.secret}'`,
    `BODY='${body}'`,
    `SIG="sha256=$(printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.* //')"`,
    `curl -s -X POST '${url}' -H 'Content-Type: application/json' -H "${SIGNATURE_HEADER}: $SIG" --data-binary "$BODY"`,
  ].join('\n');
  return {
    epicKey: record.epicKey,
    url,
    secret: secret.secret,
    signatureHeader: SIGNATURE_HEADER,
    signatureFormat: 'sha256=<hex HMAC-SHA256 of the exact request body, keyed with the secret>',
    kpis: record.plan.kpis.map((k) => ({ kpiId: k.kpiId, name: k.name, unit: k.unit })),
    curlExample,
    secretCreatedAt: secret.createdAt,
  };
}
