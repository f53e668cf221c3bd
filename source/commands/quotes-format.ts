import { sanitizeInline } from '../core/text/sanitize.js';
import type { AnalysedFile } from './quotes-json.js';

// How `quotes` prints analysed articles without --json: by speaker, or quote by quote with --explain.

export const oneLine = (text: string) => sanitizeInline(text.replace(/\s+/g, ' ').trim());

/** Past this many characters, `--explain` shows a quote's start and end. */
const EXPLAIN_QUOTE_CHARS = 160;

function shortened(text: string): string {
	const line = oneLine(text);
	if (line.length <= EXPLAIN_QUOTE_CHARS) return line;
	const half = EXPLAIN_QUOTE_CHARS / 2 - 1;
	return `${line.slice(0, half).trimEnd()} … ${line.slice(-half).trimStart()}`;
}

/** Every quote in text order, numbered as in `--json`, with the rule, cue, candidates and why its speaker won. */
export function formatExplanation(files: readonly AnalysedFile[]): string {
	const lines: string[] = [];
	for (const { file, article, analysis } of files) {
		if (lines.length > 0) lines.push('');
		lines.push(`${oneLine(article.title)} (${oneLine(file)})`);
		if (analysis.quotes.length === 0) lines.push('  no quotes');
		analysis.quotes.forEach((quote, index) => {
			const evidence = quote.evidence;
			const speaker = quote.speaker === null ? 'nobody' : `${oneLine(quote.speaker)}${quote.sure ? '' : '?'} (${quote.sure ? 'sure' : 'unsure'}, confidence ${quote.confidence.toFixed(2)})`;
			lines.push(`  ${index + 1}. “${shortened(quote.text)}” (${quote.kind})`);
			lines.push(`     speaker: ${speaker}`);
			lines.push(`     rule: ${quote.rule ?? 'none'}${evidence?.resolution ? ` (${evidence.resolution})` : ''}`);
			lines.push(`     cue: ${evidence?.cue === null || evidence === undefined ? 'none' : oneLine(evidence.cue)}`);
			lines.push(`     candidates: ${evidence && evidence.candidates.length > 0 ? evidence.candidates.map(oneLine).join(', ') : 'none'}`);
			lines.push(`     why: ${oneLine(evidence?.why ?? '')}`);
		});
	}
	return `${lines.join('\n')}\n`;
}

/** Quotes grouped by speaker, most quoted first; unattributed speech, then quoted phrases that are not speech. */
export function formatText(files: readonly AnalysedFile[]): string {
	const lines: string[] = [];
	for (const { file, article, analysis } of files) {
		if (lines.length > 0) lines.push('');
		lines.push(`${oneLine(article.title)} (${oneLine(file)})`);
		const speech = analysis.quotes.filter((quote) => quote.kind === 'direct' || quote.kind === 'partial');
		if (speech.length === 0 && analysis.quotes.length === 0) {
			lines.push('  no quotes');
			continue;
		}
		for (const speaker of analysis.speakers) {
			const role = speaker.role ? `, ${oneLine(speaker.role)}` : '';
			lines.push(`  ${oneLine(speaker.name)}${role} (${speaker.quotes})`);
			for (const quote of speech) if (quote.speaker === speaker.name) lines.push(`    “${oneLine(quote.text)}”${quote.sure ? '' : ' (attribution uncertain)'}`);
		}
		const unattributed = speech.filter((quote) => quote.speaker === null);
		if (unattributed.length > 0) {
			lines.push(`  Unattributed (${unattributed.length})`);
			for (const quote of unattributed) lines.push(`    “${oneLine(quote.text)}”`);
		}
		const phrases = analysis.quotes.filter((quote) => quote.kind === 'scare' || quote.kind === 'title');
		if (phrases.length > 0) lines.push(`  Quoted phrases: ${phrases.map((quote) => `“${oneLine(quote.text)}”`).join(', ')}`);
	}
	return `${lines.join('\n')}\n`;
}
