// Every check of plan-format v1, in the order of the table.
import type { Check } from './check';
import type { DocumentKind } from '../plan/document-kind';
import { schemaCheck } from './schema';
import { yamlSyntax } from './yaml-syntax';
import { undefinedCriterion } from './undefined-criterion';
import { undefinedPhase } from './undefined-phase';
import { undefinedPerson } from './undefined-person';
import { duplicateId } from './duplicate-id';
import { dependencyCycle } from './dependency-cycle';
import { dateOrder } from './date-order';
import { startsBeforeDependency } from './starts-before-dependency';
import { missingOwner } from './missing-owner';
import { unmeasurableCriterion } from './unmeasurable-criterion';
import { pilotWithoutCriteria } from './pilot-without-criteria';
import { goWithUnmetCriteria } from './go-with-unmet-criteria';
import { unmitigatedRisk } from './unmitigated-risk';
import { goLiveWithoutRollback } from './go-live-without-rollback';
import { overdueTask } from './overdue-task';
import { unusedCriterion } from './unused-criterion';

export const CHECKS: readonly Check[] = [
  schemaCheck, yamlSyntax, undefinedCriterion, undefinedPhase, undefinedPerson, duplicateId, dependencyCycle,
  dateOrder, startsBeforeDependency, missingOwner, unmeasurableCriterion, pilotWithoutCriteria,
  goWithUnmetCriteria, unmitigatedRisk, goLiveWithoutRollback, overdueTask, unusedCriterion,
];

/** A programme file has no phases or criteria: only its schema, its syntax, its roster's ids and the people it names. */
const PROGRAMME_CHECKS: readonly Check[] = [schemaCheck, yamlSyntax, undefinedPerson, duplicateId];

export const checksFor = (kind: DocumentKind): readonly Check[] => (kind === 'programme' ? PROGRAMME_CHECKS : CHECKS);
