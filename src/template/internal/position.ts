import type { SourceRange } from '../../sdk/index.js';

/** 1-based line and column (in characters) of a byte offset. */
export function rangeAt(file: string, bytes: Uint8Array, offset: number): SourceRange {
  const end = Math.min(offset, bytes.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder().decode(bytes.subarray(lineStart, end));
  return { file, line, column: [...prefix].length + 1 };
}

/**
 * Packer's `highlightPosition` + message for a JSON syntax error, kept verbatim (including its
 * quirk: the column is 0-based on line 1 and 1-based plus one after it), because users have seen
 * exactly this text for years.
 */
export function packerSyntaxMessage(bytes: Uint8Array, message: string, offset: number): string {
  let line = 1;
  let col = 0;
  let lastLine: number[] = [];
  let thisLine: number[] = [];
  for (let n = 0; n < offset && n < bytes.length; n++) {
    const b = bytes[n]!;
    if (b === 0x0a) {
      lastLine = thisLine;
      thisLine = [];
      line++;
      col = 1;
    } else {
      col++;
      thisLine.push(b);
    }
  }
  const text = (bs: number[]): string => new TextDecoder().decode(Uint8Array.from(bs));
  let highlight = '';
  if (line > 1) highlight += `${String(line - 1).padStart(5)}: ${text(lastLine)}\n`;
  highlight += `${String(line).padStart(5)}: ${text(thisLine)}\n`;
  highlight += `${' '.repeat(col + 5)}^\n`;
  return `Error parsing JSON: ${message}\nAt line ${line}, column ${col} (offset ${offset}):\n${highlight}`;
}
