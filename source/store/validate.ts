import type { StoreData } from './format.js';
import { validate } from './validate.generated.js';

/** The file does not match STORE_SCHEMA. The message lists each field and what is wrong with it. */
export class SchemaViolationError extends Error {}

interface ValidationError {
	readonly instancePath: string;
	readonly message?: string;
}

type CompiledValidator = ((data: unknown) => boolean) & { errors?: readonly ValidationError[] | null };

/** Checks data read from (or about to be written to) the config file against STORE_SCHEMA, compiled ahead of time. */
export function validateStore(data: unknown): asserts data is StoreData {
	const check = validate as CompiledValidator;
	if (check(data)) return;
	const problems = (check.errors ?? []).map(({ instancePath, message = '' }) => `\`${instancePath.slice(1)}\` ${message}`);
	throw new SchemaViolationError(`Config schema violation: ${problems.join('; ')}`);
}
