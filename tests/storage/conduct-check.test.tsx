import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { localTime } from '../../src/domain/conduct/contact';
import { makeContactFields } from '../../src/testing/factories';
import { useConductLogCheck } from '../../src/storage/conduct-check';
import { addContact, deleteContact } from '../../src/storage/repos/contacts-repo';
import { freshDb } from '../../src/testing/test-db';

const fields = makeContactFields;

describe('useConductLogCheck', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('checks the log, and checks again when a contact is added or deleted', async () => {
    await addContact(fields());
    const { result } = renderHook(() => useConductLogCheck());
    await waitFor(() => expect(result.current?.debtIdsWithEntries.size).toBe(1));
    expect(result.current?.findings).toEqual([]);

    const night = await addContact(fields({ time: localTime('23:40') }));
    await waitFor(() => expect(result.current?.findings.map((f) => f.ruleId)).toEqual(['night-contact']));
    expect(result.current?.rulesByEntry.get(night)).toEqual(['night-contact']);

    await deleteContact(night);
    await waitFor(() => expect(result.current?.findings).toEqual([]));
  });

  it('never shows one database’s findings for another', async () => {
    await addContact(fields({ time: localTime('23:40') }));
    const first = renderHook(() => useConductLogCheck());
    await waitFor(() => expect(first.result.current?.findings).toHaveLength(1));
    first.unmount();

    await freshDb();
    const second = renderHook(() => useConductLogCheck());
    expect(second.result.current).toBeNull();
    await waitFor(() => expect(second.result.current?.debtIdsWithEntries.size).toBe(0));
    expect(second.result.current?.findings).toEqual([]);
  });
});
