// `npm run check` in-process, as the check tests run it: its main with the output captured and no terminal.
import { main } from '../../../src/cli/check';

export function runCheck(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    input: () => null,
    interactive: false,
  });
  return { code, out, err };
}
