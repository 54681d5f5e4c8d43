/** The resource-constrained schedule engine (pure): see solve.ts for the method, psplib.ts for the benchmark format. */
export { capacityAt, makespanOf, type Activity, type Problem, type Resource, type Starts } from './model';
export { buildNetwork, describeIssue, validateProblem, InvalidProblemError, type Network, type ProblemIssue } from './network';
export { criticalPath, resourceLowerBound, type CriticalPath } from './cpm';
export { parallelSgs, serialSgs, isActivityList, type Schedule } from './sgs';
export { priorityList, priorityValues, sampledList, totalSuccessors, type PriorityRule } from './priority';
export { Justifier } from './justify';
export { geneticSearch, type GeneticOptions, type GeneticResult } from './genetic';
export { solve, solveWithRule, DEFAULT_SCHEDULES, type Solution, type SolveOptions } from './solve';
export { checkSchedule, describeViolation, type Violation } from './check';
export { parseOptima, parsePsplib, PsplibFormatError } from './psplib';
