// Compile one ink source for a test, or fail the test with the compiler's own messages (FILE:LINE: error: …).
import { compileInk, formatDiagnostic } from '../../src/ink/compileInk';

export function compileSource(source: string, name = 'main.ink'): string {
  const { json, diagnostics } = compileInk({ [name]: source }, name);
  if (!json) throw new Error(diagnostics.map(formatDiagnostic).join('\n'));
  return json;
}
