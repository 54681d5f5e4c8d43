import type { KpiConnector } from '../contracts/kpi';
import { ensureKpiSecret, rotateKpiSecret, type StoredKpiSecret } from '../adapters/storage/kpi-secrets';
import type { CampaignRecord } from '../domain/model';
import { kpiWebTriggerUrl } from '../webtriggers/kpi-actuals-url';
import { SIGNATURE_HEADER } from '../webtriggers/signature';
import { contractResolver } from './define';
import { campaignForKpiManager } from './kpi-access';

function connectorOf(record: CampaignRecord, url: string, secret: StoredKpiSecret): KpiConnector {
  const kpi = record.plan.kpis[0];
  const body = JSON.stringify({ campaign: record.epicKey, kpi: kpi?.kpiId ?? 'orders', value: 120, at: '2026-11-27T10:00:00Z', source: 'hubspot' });
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

/** Where and how tools push this campaign's KPI actuals; the secret is made on first need. PM and project admins only. */
export const getKpiConnectorResolver = contractResolver('getKpiConnector', async (input, caller) => {
  const record = await campaignForKpiManager(input.epicKey, caller.accountId, 'see the KPI connector and its secret');
  const [url, secret] = await Promise.all([kpiWebTriggerUrl(), ensureKpiSecret(record.epicKey, new Date())]);
  return connectorOf(record, url, secret);
});

/** A new signing secret for the campaign: pushes signed with the old one are refused from now on. */
export const rotateKpiSecretResolver = contractResolver('rotateKpiSecret', async (input, caller) => {
  const record = await campaignForKpiManager(input.epicKey, caller.accountId, 'rotate the KPI connector secret');
  const [url, secret] = await Promise.all([kpiWebTriggerUrl(), rotateKpiSecret(record.epicKey, new Date())]);
  return connectorOf(record, url, secret);
});
