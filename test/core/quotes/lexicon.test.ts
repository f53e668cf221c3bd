import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIRST_NAME_GENDER } from '../../../source/core/quotes/lexicon/first-names.js';
import { SPEECH_VERB_LEMMAS, isSpeechVerb } from '../../../source/core/quotes/cues/speech-verbs.js';

test('at least 60 reporting verbs, in every tense', () => {
	assert.ok(SPEECH_VERB_LEMMAS.length >= 60, `${SPEECH_VERB_LEMMAS.length} lemmas`);
	for (const form of ['say', 'says', 'said', 'saying', 'tell', 'told', 'write', 'wrote', 'written', 'tweeted', 'concluded', 'noting', 'warns', 'insisted', 'admitted', 'quipped', 'replied', 'testifies', 'emphasised', 'stressed', 'added']) {
		assert.ok(isSpeechVerb(form), form);
	}
	for (const word of ['sayed', 'telled', 'table', 'ministry']) assert.ok(!isSpeechVerb(word), word);
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
