/** Start the app afresh from its first screen (after a wipe: nothing is left on the device). */
export function restartApp(): void {
  window.location.replace('/');
}
