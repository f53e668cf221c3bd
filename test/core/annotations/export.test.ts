import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportJson, exportMarkdown, type ExportSource } from '../../../source/core/annotations/export.js';
import type { Highlight } from '../../../source/core/annotations/highlight.js';
import { selectorsFor } from '../../../source/core/annotations/selectors.js';
import { anchorHighlight } from '../../../source/core/annotations/anchor.js';

const TEXT = 'Lavrov said: “We see no room for compromise.” The ministry later said talks would go on.';

function highlight(id: string, exact: string, note = ''): Highlight {
	const start = TEXT.indexOf(exact);
	return {
		id,
		file: '/library/lavrov.txt',
		fingerprint: 'f'.repeat(64),
		...selectorsFor(TEXT, start, start + exact.length),
		note,
		created: '2026-01-02T03:04:05.000Z',
		updated: '2026-01-03T03:04:05.000Z',
	};
}

const quoted = highlight('a1', 'no room for compromise', 'The key line.\nSecond line of the note.');
const plain = highlight('b2', 'talks would go on');
const lost: Highlight = { ...highlight('c3', 'The ministry'), exact: 'A sentence that was removed', start: 3, end: 30 };

const SOURCES: ExportSource[] = [
	{
		file: '/library/lavrov.txt',
		article: { title: 'Lavrov rules out compromise', source: 'RIA', url: 'https://example.org/a', fingerprint: 'f'.repeat(64) },
		highlights: [
			{ highlight: quoted, state: 'anchored', start: quoted.start, end: quoted.end, speaker: 'Sergey Lavrov' },
			// Found again 7 characters later: the text before it changed.
			{ highlight: plain, state: 'reanchored', start: plain.start + 7, end: plain.end + 7, speaker: null },
			{ highlight: lost, state: 'orphaned', start: lost.start, end: lost.end, speaker: null },
		],
	},
	{ file: '/library/gone.txt', article: null, highlights: [{ highlight: { ...plain, id: 'd4', file: '/library/gone.txt', fingerprint: 'e'.repeat(64) }, state: 'orphaned', start: plain.start, end: plain.end, speaker: null }] },
];

test('export: Markdown groups by article, quotes each highlight with its speaker, notes beneath with their line breaks, orphans apart', () => {
	const markdown = exportMarkdown(SOURCES, new Date('2026-02-01T00:00:00Z'));
	const expected = [
		'# Highlights and notes',
		'',
		'Exported 2026-02-01T00:00:00.000Z.',
		'',
		'## Lavrov rules out compromise',
		'',
		'RIA · <https://example.org/a> · `/library/lavrov.txt`',
		'',
		'> no room for compromise',
		'>',
		'> — Sergey Lavrov',
		'',
		'The key line.\\',
		'Second line of the note.',
		'',
		'> talks would go on',
		'',
		'### Orphaned highlights',
		'',
		'*No longer found in the article; kept as saved.*',
		'',
		'> A sentence that was removed',
		'',
		'## gone.txt',
		'',
		'`/library/gone.txt`',
		'',
		'*The file is missing; highlights are shown as saved.*',
		'',
		'### Orphaned highlights',
		'',
		'*No longer found in the article; kept as saved.*',
		'',
		'> talks would go on',
		'',
	].join('\n');
	assert.equal(markdown, expected);
});

test('export: a note cannot open a heading of its own', () => {
	const markdown = exportMarkdown([{ ...SOURCES[0]!, highlights: [{ highlight: { ...plain, note: '## not a heading' }, state: 'anchored', start: plain.start, end: plain.end, speaker: null }] }]);
	assert.match(markdown, /^\\## not a heading$/m);
});

test('export: JSON has exactly the contract fields, every stored field and the state', () => {
	const json = exportJson(SOURCES, new Date('2026-02-01T00:00:00Z'));
	assert.deepEqual(Object.keys(json), ['version', 'exported', 'articles', 'corrections']);
	assert.equal(json.version, 1);
	assert.equal(json.exported, '2026-02-01T00:00:00.000Z');
	const [article, gone] = json.articles;
	assert.deepEqual(Object.keys(article!), ['file', 'title', 'source', 'url', 'fingerprint', 'highlights']);
	assert.deepEqual(article!.highlights[0], { ...quoted, state: 'anchored' });
	assert.deepEqual([article!.highlights[1]!.start, article!.highlights[1]!.end], [plain.start + 7, plain.end + 7], 're-anchored offsets, as highlight list gives them');
	assert.deepEqual(
		Object.keys(article!.highlights[0]!).sort(),
		['created', 'end', 'exact', 'file', 'fingerprint', 'id', 'note', 'prefix', 'start', 'state', 'suffix', 'updated'],
	);
	assert.deepEqual({ title: gone!.title, source: gone!.source, url: gone!.url, fingerprint: gone!.fingerprint }, {
		title: null,
		source: null,
		url: null,
		fingerprint: 'e'.repeat(64),
	});
});

test('export: JSON round-trip — what is exported re-anchors to the same text', () => {
	const parsed = JSON.parse(JSON.stringify(exportJson(SOURCES))) as ReturnType<typeof exportJson>;
	for (const exported of parsed.articles[0]!.highlights) {
		const { state, ...stored } = exported;
		const original = [quoted, plain, lost].find((h) => h.id === stored.id)!;
		assert.deepEqual({ ...stored, start: original.start, end: original.end }, original);
		const anchored = anchorHighlight(TEXT, stored);
		if (state !== 'orphaned') assert.equal(TEXT.slice(anchored.start, anchored.end), stored.exact);
	}
});

test('export: Markdown says "(attribution uncertain)" after a guessed speaker', () => {
	const markdown = exportMarkdown([{ ...SOURCES[0]!, highlights: [{ highlight: quoted, state: 'anchored', start: quoted.start, end: quoted.end, speaker: 'Sergey Lavrov', uncertain: true }] }]);
	assert.match(markdown, /> — Sergey Lavrov \(attribution uncertain\)\n/);
	const sure = exportMarkdown([{ ...SOURCES[0]!, highlights: [{ highlight: quoted, state: 'anchored', start: quoted.start, end: quoted.end, speaker: 'Sergey Lavrov', uncertain: false }] }]);
	assert.match(sure, /> — Sergey Lavrov\n/);
});

test('export: raw HTML in a title, a URL, the highlighted text, a speaker or a note is never rendered by a Markdown viewer', () => {
	const hostile = highlight('h1', 'no room for compromise', 'see <img src=x onerror=alert(1)>');
	const markdown = exportMarkdown(
		[
			{
				file: '/library/`odd`.txt',
				article: { title: '<script>alert("title")</script> & more', source: '<b>Outlet</b>', url: 'https://example.org/a"><script>x</script>', fingerprint: 'f' },
				highlights: [{ highlight: { ...hostile, exact: '<iframe src=//evil>' }, state: 'anchored', start: hostile.start, end: hostile.end, speaker: '<u>Lavrov</u>' }],
			},
			{
				file: '/library/b.txt',
				article: { title: 'B', source: null, url: 'javascript:alert(1)', fingerprint: 'f' },
				highlights: [{ highlight: plain, state: 'anchored', start: plain.start, end: plain.end, speaker: null }],
			},
		],
		new Date('2026-02-01T00:00:00Z'),
	);
	assert.doesNotMatch(markdown, /<(script|img|iframe|b|u)\b/i, markdown);
	assert.match(markdown, /^## &lt;script&gt;alert\("title"\)&lt;\/script&gt; &amp; more$/m);
	assert.match(markdown, /<https:\/\/example\.org\/a%22%3E%3Cscript%3Ex%3C\/script%3E>/);
	assert.match(markdown, /^> &lt;iframe src=\/\/evil&gt;$/m);
	assert.match(markdown, /^> — &lt;u&gt;Lavrov&lt;\/u&gt;$/m);
	assert.match(markdown, /^see &lt;img src=x onerror=alert\(1\)&gt;$/m);
	assert.match(markdown, /``\/library\/`odd`\.txt``/, 'a file name cannot close its code span');
	assert.doesNotMatch(markdown, /<javascript:/, 'only http(s) URLs become links');
});
