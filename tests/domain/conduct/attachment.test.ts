import { describe, expect, it } from 'vitest';
import {
  checkAttachmentBatch,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_ENTRY,
} from '../../../src/domain/conduct/attachment';

const file = (name: string, size = 3) => ({ name, size });

describe('checkAttachmentBatch', () => {
  it('takes a batch within the limits', () => {
    expect(checkAttachmentBatch([file('a.png'), file('b.m4a', MAX_ATTACHMENT_BYTES)], 0)).toBeNull();
    expect(checkAttachmentBatch([file('a.png')], MAX_ATTACHMENTS_PER_ENTRY - 1)).toBeNull();
  });

  it('refuses the whole batch when one file is too large, naming the first such file', () => {
    expect(
      checkAttachmentBatch(
        [file('ok.png'), file('录音.m4a', MAX_ATTACHMENT_BYTES + 1), file('big.mp4', MAX_ATTACHMENT_BYTES + 2)],
        0,
      ),
    ).toEqual({ kind: 'too-large', name: '录音.m4a' });
  });

  it('refuses the whole batch when the entry would carry too many files', () => {
    expect(checkAttachmentBatch([file('a.png'), file('b.png')], MAX_ATTACHMENTS_PER_ENTRY - 1)).toEqual({
      kind: 'too-many',
    });
  });
});
