/**
 * The legal assessment of one debt as of a date: stage, criminal test, civil risk,
 * limitation, credit record and the milestones ahead. Pure: the date is a parameter, nothing
 * is stored, so the assessment is always as of the day it is shown.
 */
import type { IsoDate } from '../types';
import { outstandingOn } from './amounts';
import { assessCivil } from './civil';
import { assessCreditRecord } from './credit-record';
import { assessCriminal } from './criminal';
import { assessLimitation } from './limitation';
import { collectMilestones } from './milestones';
import { assessStage } from './stage';
import type { Assessment, AssessmentInput } from './types';

export function assessDebt(input: AssessmentInput, asOf: IsoDate): Assessment {
  const { principal, interest, fees, total } = outstandingOn(input, asOf);
  const stage = assessStage(input, asOf);
  const criminal = assessCriminal(input, asOf);
  const civil = assessCivil(input, asOf);
  const limitation = assessLimitation(input, asOf);
  const creditRecord = assessCreditRecord(input, asOf);
  const milestones = collectMilestones(input, asOf, { stage, criminal, civil, limitation, creditRecord });
  return {
    asOf,
    outstanding: { principal, interest, fees, total },
    stage,
    criminal,
    civil,
    limitation,
    creditRecord,
    milestones,
  };
}
