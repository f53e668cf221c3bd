// Loaded with `node --import tsx --import faults-preload.ts …`: installs the faults MARGINALIA_TEST_FAULTS describes.
import { installFaults, type FaultSpec } from './faults.js';

const spec = process.env.MARGINALIA_TEST_FAULTS;
if (spec) installFaults(JSON.parse(spec) as FaultSpec);
