import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, lstatSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { anchorHighlight } from '../../source/core/annotations/anchor.js';
import type { JsonExport } from '../../source/core/annotations/export.js';
import { parseArticle } from '../../source/core/article/article.js';
import { CLI, runCli, temporaryDir } from '../helpers/cli.js';
import { LAVROV_FILE, ZAKHAROVA_FILE } from '../helpers/articles.js';
import { makeFifo } from '../helpers/faults.js';

function setUp(t: Parameters<typeof temporaryDir>[0]) {
	const root = temporaryDir(t);
	const config = join(root, 'config');
	const lavrov = join(root, 'lavrov.txt');
	const zakharova = join(root, 'zakharova.txt');
	copyFileSync(LAVROV_FILE, lavrov);
	copyFileSync(ZAKHAROVA_FILE, zakharova);
	const add = (file: string, text: string, note?: string) => {
		const result = runCli(config, ['highlight', 'add', file, '--text', text, '--occurrence', '1', ...(note ? ['--note', note] : [])]);
		assert.equal(result.status, 0, result.stderr);
		return result.stdout.trim();
	};
	return { root, config, lavrov, zakharova, add };
}

test('export --format json -o FILE: the contract shape, every stored field, written atomically', (t) => {
	const { root, config, lavrov, zakharova, add } = setUp(t);
	const quoted = add(lavrov, 'We see no room for compromise', 'the key line\nand a second line');
	add(zakharova, 'peacekeepers');
	const out = join(root, 'highlights.json');
	const result = runCli(config, ['export', '--format', 'json', '-o', out]);
	assert.equal(result.status, 0, result.stderr);
	assert.equal(result.stdout, '');
	assert.match(result.stderr, /Exported 2 highlight\(s\) from 2 article\(s\)/);
	assert.deepEqual(readdirSync(root).filter((name) => name.endsWith('.tmp')), [], 'no temporary file left');

	const exported = JSON.parse(readFileSync(out, 'utf8')) as JsonExport;
	assert.deepEqual(Object.keys(exported), ['version', 'exported', 'articles', 'corrections']);
	assert.deepEqual(exported.corrections, []);
	assert.equal(exported.version, 1);
	assert.ok(Math.abs(Date.parse(exported.exported) - Date.now()) < 60_000);
	const lavrovArticle = parseArticle(readFileSync(lavrov));
	const article = exported.articles.find((entry) => entry.file === lavrov)!;
	assert.deepEqual(Object.keys(article), ['file', 'title', 'source', 'url', 'fingerprint', 'highlights']);
	assert.deepEqual(
		{ title: article.title, source: article.source, url: article.url, fingerprint: article.fingerprint },
		{ title: lavrovArticle.title, source: lavrovArticle.source, url: lavrovArticle.url, fingerprint: lavrovArticle.fingerprint },
	);

	const stored = (JSON.parse(readFileSync(join(config, 'config.json'), 'utf8')) as { highlights: Record<string, object> }).highlights;
	const highlight = article.highlights[0]!;
	assert.deepEqual(highlight, { ...stored[quoted], state: 'anchored' }, 'every stored field, plus state');
});

test('export JSON round-trip: each exported highlight re-anchors in its file from the exported fields alone', (t) => {
	const { config, lavrov, zakharova, add } = setUp(t);
	add(lavrov, 'We see no room for compromise', 'a note');
	add(lavrov, 'Lavrov', undefined);
	add(zakharova, 'peacekeepers', 'another');
	const exported = JSON.parse(runCli(config, ['export', '--format', 'json']).stdout) as JsonExport;
	let count = 0;
	for (const article of exported.articles) {
		const text = parseArticle(readFileSync(article.file)).text;
		for (const { state, ...highlight } of article.highlights) {
			assert.equal(state, 'anchored');
			for (const field of ['id', 'file', 'fingerprint', 'exact', 'prefix', 'suffix', 'start', 'end', 'note', 'created', 'updated']) {
				assert.ok(field in highlight, `${field} exported`);
			}
			assert.equal(highlight.fingerprint, article.fingerprint);
			const anchored = anchorHighlight(`An inserted line.\n\n${text}`, highlight);
			assert.equal(anchored.state, 'reanchored');
			assert.equal(`An inserted line.\n\n${text}`.slice(anchored.start, anchored.end), highlight.exact);
			count++;
		}
	}
	assert.equal(count, 3);
});

test('export (Markdown, default, stdout): grouped by article, blockquotes, notes, orphans apart', (t) => {
	const { config, lavrov, zakharova, add } = setUp(t);
	add(lavrov, 'We see no room for compromise', 'the key line');
	add(lavrov, 'They are not hiding what they need it for', 'will vanish');
	add(lavrov, 'Russian Foreign Minister');
	add(zakharova, 'peacekeepers');
	writeFileSync(lavrov, readFileSync(lavrov, 'utf8').replace(' They are not hiding what they need it for,', ''));
	const result = runCli(config, ['export']);
	assert.equal(result.status, 0, result.stderr);
	const markdown = result.stdout;
	const lavrovTitle = parseArticle(readFileSync(lavrov)).title;
	assert.match(markdown, /^# Highlights and notes\n/);
	assert.ok(markdown.includes(`## ${lavrovTitle}\n`));
	assert.ok(markdown.includes(`\`${lavrov}\``));
	// The speaker comes from the quote engine: the words lie inside Lavrov's quotation.
	assert.match(markdown, /\n> We see no room for compromise\n>\n> — [^\n]*Lavrov\n\nthe key line\n/);
	assert.match(markdown, /### Orphaned highlights\n\n\*No longer found in the article; kept as saved\.\*\n\n> They are not hiding what they need it for\n\nwill vanish\n/);
	assert.ok(markdown.indexOf('### Orphaned') > markdown.indexOf('> We see no room'));
	assert.match(markdown, /\n> Russian Foreign Minister\n\n/, 'outside a quotation: no speaker');
	assert.ok(markdown.includes(`\`${join(config, '..', 'zakharova.txt')}\``));
});

test('export: a missing file still exports its highlights as orphans', (t) => {
	const { root, config } = setUp(t);
	const unique = join(root, 'unique.txt');
	writeFileSync(unique, 'A one-off article\n\nThe council said the bridge would stay shut.\n');
	const added = runCli(config, ['highlight', 'add', unique, '--text', 'the bridge would stay shut', '--note', 'still mine']);
	assert.equal(added.status, 0, added.stderr);
	rmSync(unique);
	const exported = JSON.parse(runCli(config, ['export', '--format', 'json']).stdout) as JsonExport;
	const [article] = exported.articles;
	assert.equal(article!.title, null);
	assert.equal(article!.highlights[0]!.state, 'orphaned');
	assert.equal(article!.highlights[0]!.note, 'still mine');
	assert.match(article!.fingerprint ?? '', /^[0-9a-f]{64}$/);
});

test('export: a missing file whose text is in the library is found there, and the user is told', (t) => {
	const { config, zakharova, add } = setUp(t);
	add(zakharova, 'peacekeepers', 'follows the text');
	rmSync(zakharova);
	// With no library setting the library is the bundled one, which holds the same article.
	const result = runCli(config, ['export', '--format', 'json']);
	assert.match(result.stderr, /zakharova\.txt is gone; its 1 highlight\(s\) now refer to .*russia-warns-peacekeepers-direct-confrontation\.txt/);
	const exported = JSON.parse(result.stdout) as JsonExport;
	assert.equal(exported.articles[0]!.file, ZAKHAROVA_FILE);
	assert.equal(exported.articles[0]!.highlights[0]!.state, 'anchored');
});

test('export: usage errors are status 2; an unwritable target is status 1 and leaves nothing', (t) => {
	const { root, config } = setUp(t);
	assert.equal(runCli(config, ['export', '--format', 'xml']).status, 2);
	assert.equal(runCli(config, ['export', '--bogus']).status, 2);
	assert.equal(runCli(config, ['export', 'extra']).status, 2);
	const unwritable = runCli(config, ['export', '-o', join(root, 'no-such-folder', 'out.md')]);
	assert.equal(unwritable.status, 1);
	assert.match(unwritable.stderr, /^marginalia: cannot write .*out\.md: no such file or folder\n$/);
});

test('export with no highlights: an empty, valid document', (t) => {
	const { config } = setUp(t);
	const json = JSON.parse(runCli(config, ['export', '--format', 'json']).stdout) as JsonExport;
	assert.deepEqual(json.articles, []);
	assert.match(runCli(config, ['export']).stdout, /^# Highlights and notes\n\nExported .*\.\n$/);
});

test('export --format json gives the offsets as the file is now, as highlight list does; Markdown keeps a note’s line breaks', (t) => {
	const { config, lavrov, add } = setUp(t);
	add(lavrov, 'We see no room for compromise', 'first line\nsecond line');
	writeFileSync(lavrov, `An inserted line.\n\n${readFileSync(lavrov, 'utf8')}`);
	const listed = JSON.parse(runCli(config, ['highlight', 'list', '--json']).stdout) as { start: number; end: number; state: string }[];
	const exported = JSON.parse(runCli(config, ['export', '--format', 'json']).stdout) as JsonExport;
	const highlight = exported.articles[0]!.highlights[0]!;
	assert.equal(highlight.state, 'reanchored');
	assert.deepEqual([highlight.start, highlight.end], [listed[0]!.start, listed[0]!.end]);
	const text = parseArticle(readFileSync(lavrov)).text;
	assert.equal(text.slice(highlight.start, highlight.end), 'We see no room for compromise');
	const markdown = runCli(config, ['export']).stdout;
	assert.match(markdown, /\nfirst line\\\nsecond line\n/, 'a hard line break (backslash) between the note’s lines');
});

test('export -o through a link: the file it points to is replaced, the link stays', (t) => {
	const { root, config, lavrov, add } = setUp(t);
	add(lavrov, 'We see no room for compromise');
	const real = join(temporaryDir(t), 'real.md');
	writeFileSync(real, 'old');
	const link = join(root, 'link.md');
	symlinkSync(real, link);
	const result = runCli(config, ['export', '-o', link]);
	assert.equal(result.status, 0, result.stderr);
	assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
	assert.equal(readlinkSync(link), real);
	assert.match(readFileSync(real, 'utf8'), /^# Highlights and notes/);
});

test('export -o to a device or the terminal (a link to /dev/null, /proc/self/fd/1) writes through it and never replaces it', (t) => {
	const { root, config, lavrov, add } = setUp(t);
	add(lavrov, 'We see no room for compromise');
	const toNull = join(root, 'null.md');
	symlinkSync('/dev/null', toNull);
	const discarded = runCli(config, ['export', '-o', toNull]);
	assert.equal(discarded.status, 0, discarded.stderr);
	assert.ok(lstatSync(toNull).isSymbolicLink());
	assert.ok(statSync('/dev/null').isCharacterDevice());

	// What `export -o /dev/stdout` does, through a link of our own (a test must never risk the real /dev/stdout).
	const toStdout = join(root, 'stdout.md');
	symlinkSync('/proc/self/fd/1', toStdout);
	// Through a shell pipe: the test runner's own stdout for a child is a socket, which cannot be opened by name.
	const printed = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" export -o "${toStdout}" | cat`], {
		env: { ...process.env, MARGINALIA_CONFIG_DIR: config },
		encoding: 'utf8',
	});
	assert.equal(printed.status, 0, printed.stderr);
	assert.match(printed.stderr, /^Exported 1 highlight/);
	assert.match(printed.stdout, /^# Highlights and notes/);
	assert.ok(lstatSync(toStdout).isSymbolicLink(), 'the link is not replaced by a regular file');
	assert.deepEqual(readdirSync(root).filter((name) => name.includes('.tmp')), []);
});

test('export -o to a FIFO writes into the pipe', async (t) => {
	const { root, config, lavrov, add } = setUp(t);
	add(lavrov, 'We see no room for compromise');
	const fifo = join(root, 'pipe.md');
	makeFifo(fifo);
	const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
	let received = '';
	reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
	const readerDone = new Promise((resolve) => reader.on('exit', resolve));
	const result = runCli(config, ['export', '-o', fifo], undefined, { timeout: 20_000 });
	await readerDone;
	assert.equal(result.status, 0, result.stderr);
	assert.match(received, /^# Highlights and notes/);
	assert.ok(statSync(fifo).isFIFO());
});

test('export --format json escapes DEL like the other control characters', (t) => {
	const { config, lavrov, add } = setUp(t);
	add(lavrov, 'We see no room for compromise', 'rubbed out\u007f here \u0085 and \u202e there');
	const result = runCli(config, ['export', '--format', 'json']);
	assert.equal(result.status, 0, result.stderr);
	assert.doesNotMatch(result.stdout, /[\u007f-\u009f\u202a-\u202e]/);
	assert.match(result.stdout, /rubbed out\\u007f here \\u0085 and \\u202e there/);
});
