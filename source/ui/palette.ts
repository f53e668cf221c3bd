import type { SegmentStyle } from '../core/reader/decorations.js';
import type { Theme } from './theme.js';

/** How many colour slots speakers are given; a theme with fewer colours repeats them. */
export const SPEAKER_SLOTS = 8;

export interface TextStyle {
	readonly color?: string;
	readonly bold?: boolean;
	readonly italic?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
	readonly underline?: boolean;
}

export function speakerColour(theme: Theme, slot: number | null | undefined): string | undefined {
	if (theme.speakers.length === 0 || slot === null || slot === undefined) return undefined;
	return theme.speakers[slot % theme.speakers.length];
}

/**
 * How a piece of text looks: a quote in its speaker's colour (italic without colour), a speaker's name bold
 * in the same colour, scare quotes and titles dim; a highlight is inverse, so the quote colour shows as its
 * background instead of being hidden; the selection being made is underlined.
 */
export function textStyle(style: SegmentStyle, theme: Theme, showQuotes: boolean): TextStyle {
	const result: { -readonly [K in keyof TextStyle]: TextStyle[K] } = {};
	if (showQuotes) {
		if (style.quote !== undefined) {
			result.color = speakerColour(theme, style.quote);
			if (theme.name === 'mono' || style.quote === null) result.italic = true;
		}
		if (style.speaker !== undefined) {
			result.bold = true;
			result.color = speakerColour(theme, style.speaker) ?? result.color;
		}
		if (style.quiet) result.dimColor = true;
	}
	if (style.highlight) result.inverse = true;
	if (style.focusedHighlight) result.bold = true;
	if (style.selection) result.underline = true;
	if (style.markup?.includes('strong') || style.markup?.includes('heading')) result.bold = true;
	if (style.markup?.includes('emphasis')) result.italic = true;
	if (style.markup?.includes('link')) result.underline = true;
	if (style.markup?.includes('code')) result.color = result.color ?? theme.accent;
	// Every match of a search is bold and underlined; the one n and N are on is drawn inverse as well.
	if (style.match) {
		result.bold = true;
		result.underline = true;
	}
	if (style.currentMatch) result.inverse = !result.inverse;
	return result;
}
