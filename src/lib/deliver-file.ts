/**
 * Hand a file to the user: the share sheet where the browser can share files (Android
 * Chrome, iOS Safari: "save to Files", send to a computer, a cloud drive), else a plain
 * download. In-app browsers often do neither; the app steers users out of them first.
 */
export type Delivery = 'shared' | 'downloaded' | 'cancelled';

export async function deliverFile(file: File, title: string): Promise<Delivery> {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  if (nav && typeof nav.canShare === 'function' && nav.canShare({ files: [file] })) {
    try {
      await nav.share({ files: [file], title });
      return 'shared';
    } catch (error) {
      // The user closed the sheet: nothing was saved, say so. Other failures fall back.
      if (error instanceof Error && error.name === 'AbortError') return 'cancelled';
    }
  }
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the blob before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}
