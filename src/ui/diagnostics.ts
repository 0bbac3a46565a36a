import type { Diagnostic } from './events.js';
import { wrapString } from './wordwrap.js';

/**
 * Text of HCL diagnostics as Packer's `writeDiags` prints them: hcl's DiagnosticTextWriter at
 * 80 columns without colour, every diagnostic of one call joined into one Ui call.
 *
 * Intended difference: a diagnostic with a `range` gets the line `  on <file> line <l>, column
 * <c>:` and a blank line after the summary, where HCL puts its `on <file> line <l>:` header
 * (Packer's JSON diagnostics carry no position, so its text is unchanged otherwise).
 */
export function formatHclDiagnostic(d: Diagnostic): string {
  let out = `${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.summary}\n\n`;
  out += positionLine(d);
  if (d.detail !== '') out += `${wrapString(d.detail, 80)}\n\n`;
  return out;
}

/**
 * `plain` diagnostics are Packer's bare `ui.Error(err)` messages. Intended difference: with a
 * `range`, the same `  on <file> line <l>, column <c>:` line leads the message.
 */
export function formatPlainDiagnostic(d: Diagnostic): string {
  // JSON syntax errors already say `At line L, column C`: no need to say it twice.
  const stated = d.range !== undefined && d.summary.includes(`line ${d.range.line}, column ${d.range.column}`);
  const at = stated ? '' : positionLine(d);
  return at + (d.detail === '' ? d.summary : `${d.summary}\n\n${d.detail}`);
}

function positionLine(d: Diagnostic): string {
  return d.range ? `  on ${d.range.file} line ${d.range.line}, column ${d.range.column}:\n\n` : '';
}

/** One writeDiags call: printed with Ui.Error when any is an error, else Ui.Say. */
export interface DiagnosticBlock {
  text: string;
  isError: boolean;
}

export function formatHclBlock(diags: Diagnostic[]): DiagnosticBlock {
  return {
    text: diags.map(formatHclDiagnostic).join(''),
    isError: diags.some((d) => d.severity === 'error'),
  };
}
