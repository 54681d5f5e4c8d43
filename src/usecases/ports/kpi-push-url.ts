/** The installation's URL that tools push KPI actuals to (the KPI web trigger's). */
export interface KpiPushUrlPort {
  url(): Promise<string>;
}
