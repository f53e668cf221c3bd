/**
 * Colours by role. `mono` (chosen when NO_COLOR is set) uses no colour at all, only bold, dim, italic and
 * inverse, so every distinction the colours make is still visible. `light` keeps to colours that read on a
 * white background.
 */
export type ThemeName = 'dark' | 'light' | 'mono';

export interface Theme {
	readonly name: ThemeName;
	readonly accent: string | undefined;
	/** Undefined: the terminal's own text colour, in bold. */
	readonly title: string | undefined;
	readonly muted: string | undefined;
	readonly selection: string | undefined;
	readonly warning: string | undefined;
	readonly progressDone: string | undefined;
	readonly progressPartial: string | undefined;
	/** One colour per speaker slot; empty in mono. */
	readonly speakers: readonly string[];
}

export const COLOUR_THEME: Theme = {
	name: 'dark',
	accent: 'cyan',
	title: undefined,
	muted: 'gray',
	selection: 'cyan',
	warning: 'yellow',
	progressDone: 'green',
	progressPartial: 'yellow',
	speakers: ['cyan', 'magenta', 'yellow', 'green', 'blueBright', 'redBright', 'cyanBright', 'magentaBright'],
};

export const LIGHT_THEME: Theme = {
	name: 'light',
	accent: 'blue',
	title: undefined,
	muted: 'gray',
	selection: 'blue',
	warning: 'red',
	progressDone: 'green',
	progressPartial: 'magenta',
	speakers: ['blue', 'magenta', 'red', 'green', 'cyan', 'blackBright'],
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
	speakers: [],
};

const THEMES: Readonly<Record<ThemeName, Theme>> = { dark: COLOUR_THEME, light: LIGHT_THEME, mono: MONO_THEME };

export function isThemeChoice(value: string): value is ThemeName | 'auto' {
	return value === 'auto' || value in THEMES;
}

/**
 * NO_COLOR (https://no-color.org) wins: any non-empty value turns colour off. Then the choice given
 * (`--theme` or the `theme` setting); `auto` and no choice mean the dark-background palette.
 */
export function chooseTheme(env: NodeJS.ProcessEnv, choice?: string): Theme {
	if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return MONO_THEME;
	return choice !== undefined && choice !== 'auto' && choice in THEMES ? THEMES[choice as ThemeName] : COLOUR_THEME;
}
