import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isSpeechVerb } from '../../../source/core/quotes/cues/speech-verbs.js';
import { FIRST_NAME_GENDER, SPEECH_VERB_LEMMAS } from '../../../source/core/quotes/lexicon/index.js';

const LEXICON = new URL('../../../source/core/quotes/lexicon/', import.meta.url);
const dataFiles = readdirSync(LEXICON).filter((name) => name.endsWith('.ts') && name !== 'index.ts');

/** The words a list holds, or for a table of pairs, its keys (and each pair's own list, checked in turn). */
function keysOf(list: readonly unknown[], where: string, check: (words: readonly string[], where: string) => void): readonly string[] {
	if (list.every((item) => typeof item === 'string')) return list as readonly string[];
	return list.map((item, index) => {
		assert.ok(Array.isArray(item) && typeof item[0] === 'string', `${where}[${index}] is a word or a [word, value] pair`);
		const value: unknown = item[1];
		if (Array.isArray(value)) check(keysOf(value, `${where}[${String(item[0])}]`, check), `${where}[${String(item[0])}]`);
		return item[0] as string;
	});
}

function assertSortedAndUnique(words: readonly string[], where: string): void {
	for (let i = 1; i < words.length; i++) {
		assert.ok(words[i - 1]! < words[i]!, `${where}: ${JSON.stringify(words[i - 1])} then ${JSON.stringify(words[i])} (out of order or repeated)`);
	}
}

describe('the lexicon data files', () => {
	test('there are data files', () => assert.ok(dataFiles.length >= 5, dataFiles.join(', ')));
	for (const file of dataFiles) {
		test(`${file}: every list is sorted and free of duplicates, and holds only data`, async () => {
			const module = (await import(new URL(file, LEXICON).href)) as Record<string, unknown>;
			const lists = Object.entries(module);
			assert.ok(lists.length > 0);
			for (const [name, value] of lists) {
				assert.ok(Array.isArray(value), `${file}: ${name} is a list`);
				assert.ok(value.length > 0, `${file}: ${name} is not empty`);
				assertSortedAndUnique(keysOf(value, `${file}: ${name}`, assertSortedAndUnique), `${file}: ${name}`);
			}
		});
	}
	test('the check itself fails on a list out of order or repeated', () => {
		assert.throws(() => assertSortedAndUnique(['b', 'a'], 'x'));
		assert.throws(() => assertSortedAndUnique(['a', 'a'], 'x'));
	});
});

test('at least 60 reporting verbs, in every tense', () => {
	assert.ok(SPEECH_VERB_LEMMAS.length >= 60, `${SPEECH_VERB_LEMMAS.length} lemmas`);
	for (const form of ['say', 'says', 'said', 'saying', 'tell', 'told', 'write', 'wrote', 'written', 'tweeted', 'concluded', 'noting', 'warns', 'insisted', 'admitted', 'quipped', 'replied', 'testifies', 'emphasised', 'stressed', 'added', 'echoed', 'echoes']) {
		assert.ok(isSpeechVerb(form), form);
	}
	for (const word of ['sayed', 'telled', 'readed', 'table', 'ministry']) assert.ok(!isSpeechVerb(word), word);
});

test('the first-name list gives a gender only to names that are clear', () => {
	assert.equal(FIRST_NAME_GENDER.get('maria'), 'f');
	assert.equal(FIRST_NAME_GENDER.get('sergey'), 'm');
	assert.equal(FIRST_NAME_GENDER.get('jordan'), undefined);
	assert.equal(FIRST_NAME_GENDER.get('robin'), undefined);
});

test('feature-writing and messaging verbs report speech', () => {
	for (const form of ['remembers', 'mused', 'sobbed', 'begged', 'concurred', 'texted', 'messaged', 'emailed', 'murmured', 'clarified']) {
		assert.ok(isSpeechVerb(form), form);
	}
});
