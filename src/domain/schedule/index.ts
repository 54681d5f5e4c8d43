export { holidaysFor, easterSunday } from './holidays';
export {
  addBusinessDays,
  addCalendarDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  businessDaysBetween,
  isBusinessDay,
  isHoliday,
} from './business-days';
export { checkSchedule, SCHEDULE_WARNING_KINDS, type CheckContext, type DatedRow } from './check-schedule';
export { scheduleBackward, type BackwardInput, type BackwardResult, type ScheduleMilestone, type ScheduleTask } from './backward';
