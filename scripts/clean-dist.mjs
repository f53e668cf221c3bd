// A module deleted or renamed in source/ must not live on in dist/, where the CLI could still import it.
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
