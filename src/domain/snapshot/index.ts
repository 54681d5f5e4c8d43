export * from './jira-issue';
export * from './apply-change';
export * from './shards';
export * from './trigger-event';
export * from './change-check';
export * from './changes-for';
export * from './work-estimate';
export * from './epic-access';
