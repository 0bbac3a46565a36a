/** Where the plugin side logs: stderr, which the core re-logs as `<plugin> plugin: <line>` under PACKER_LOG. */
export type ServeLog = (line: string) => void;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Go's `log` prefix (`2006/01/02 15:04:05`), so our lines look like every other plugin's. */
export const stderrLog: ServeLog = (line) => {
  const d = new Date();
  const stamp = `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  process.stderr.write(`${stamp} ${line}\n`);
};
