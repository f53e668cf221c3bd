// tsc drops the executable bit; the `bin` entry must be runnable straight after `npm install`.
import { chmodSync } from 'node:fs';
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);
