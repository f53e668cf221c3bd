/**
 * Colours by role. `mono` (chosen when NO_COLOR is set) uses no colour at all, only bold, dim, italic and
 * inverse, so every distinction the colours make is still visible.
 */
export interface Theme {
	readonly name: 'colour' | 'mono';
	readonly accent: string | undefined;
	readonly title: string | undefined;
	readonly muted: string | undefined;
	readonly selection: string | undefined;
	readonly warning: string | undefined;
	readonly progressDone: string | undefined;
	readonly progressPartial: string | undefined;
}

export const COLOUR_THEME: Theme = {
	name: 'colour',
	accent: 'cyan',
	title: 'whiteBright',
	muted: 'gray',
	selection: 'cyan',
	warning: 'yellow',
	progressDone: 'green',
	progressPartial: 'yellow',
};

export const MONO_THEME: Theme = {
	name: 'mono',
	accent: undefined,
	title: undefined,
	muted: undefined,
	selection: undefined,
	warning: undefined,
	progressDone: undefined,
	progressPartial: undefined,
};

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
export function themeFromEnv(env: NodeJS.ProcessEnv): Theme {
	return env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '' ? MONO_THEME : COLOUR_THEME;
}
