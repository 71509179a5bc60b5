/** `0o600` as `0600`, the form stat(1) prints and chmod(1) takes. */
export function octalMode(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}
