import { Text } from 'ink';
import { makeSnippet, type Snippet } from '../../../core/search/snippet.js';
import { sanitizeInline } from '../../../core/text/sanitize.js';

/** A hit's one line of text, cut to `width` around its matches, the matched words in reverse video. */
export function HitSnippet({ snippet, width }: { snippet: Snippet; width: number }) {
	const { text, matches } = makeSnippet(snippet.text, snippet.matches, Math.max(10, width));
	const pieces: { text: string; match: boolean }[] = [];
	let at = 0;
	for (const { start, end } of matches) {
		if (start < at) continue;
		if (start > at) pieces.push({ text: text.slice(at, start), match: false });
		pieces.push({ text: text.slice(start, end), match: true });
		at = end;
	}
	if (at < text.length) pieces.push({ text: text.slice(at), match: false });
	return (
		<>
			{pieces.map((piece, index) => (
				<Text key={index} inverse={piece.match}>
					{sanitizeInline(piece.text)}
				</Text>
			))}
		</>
	);
}
