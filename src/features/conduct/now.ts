/** The device's wall clock as the contact log stores it: local date and HH:mm. */
import { format } from 'date-fns';
import { localTime, type LocalTime } from '../../domain/conduct/contact';
import { toIsoDate } from '../../domain/dates';
import type { IsoDate } from '../../domain/types';

export function nowLocal(now = new Date()): { date: IsoDate; time: LocalTime } {
  return { date: toIsoDate(now), time: localTime(format(now, 'HH:mm')) };
}
