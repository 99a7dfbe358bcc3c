/** Shown with the warning before a letter that acknowledges a possibly time-barred debt. */
export const LIMITATION_WARNING_SOURCE_ID = 'civil-limitation-rules-art19';

/** Shown with the note that Art. 70 says the bank 可以 (may) agree. */
export const ART70_SOURCE_ID = 'card-measures-2011-art70';
