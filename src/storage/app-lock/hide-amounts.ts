/**
 * "Hide amounts" (`device.hideAmounts`): figures on screen are masked, for someone looking
 * over the user's shoulder. Beside the app lock: both keep the records from onlookers.
 */
import type { ShoreDb } from '../db';
import { DEVICE_KEYS, readDeviceValue, writeDeviceValue } from '../device-state';

export async function readHideAmounts(db: ShoreDb): Promise<boolean> {
  return (await readDeviceValue(db, DEVICE_KEYS.hideAmounts, (v): v is boolean => typeof v === 'boolean')) ?? false;
}

export async function writeHideAmounts(db: ShoreDb, hidden: boolean): Promise<void> {
  await writeDeviceValue(db, DEVICE_KEYS.hideAmounts, hidden);
}
