import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../../source/core/article/article.js';
import { sanitizeInline, sanitizeMultiline } from '../../../source/core/text/sanitize.js';

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test('escape sequences, C0, DEL, C1 and bidi controls never survive', () => {
	const hostile = 'Title\u001b]0;pwned\u0007 \u001b[2J\u009b31m\u0085 \u202eevil\u2066 \u0000\u007f end';
	const inline = sanitizeInline(hostile);
	assert.doesNotMatch(inline, CONTROLS);
	assert.doesNotMatch(inline, /\u001b/);
	assert.match(inline, /␛\]0;pwned␇/, 'controls are shown as visible placeholders');
	assert.equal(sanitizeInline('tab\there'), 'tab    here');
	assert.equal(sanitizeInline('two\nlines'), 'two lines');
	assert.equal(sanitizeMultiline('two\nlines\u001b'), 'two\nlines␛');
});

test('a hostile article parses, and nothing printable from it carries a control', () => {
	const article = parseArticle('Bad \u001b[31mheadline\u001b[0m\n\nBody with \u009b2J and \u001b]8;;http://x\u0007link\u001b]8;;\u0007.\n');
	assert.doesNotMatch(sanitizeInline(article.title), CONTROLS);
	for (const p of article.paragraphs) assert.doesNotMatch(sanitizeInline(article.text.slice(p.start, p.end)), CONTROLS);
});
