import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, temporaryDir } from '../helpers/cli.js';
import { LAVROV_FILE } from '../helpers/articles.js';

const LIST_KEYS = ['created', 'end', 'exact', 'file', 'id', 'note', 'start', 'state', 'updated'];

function setUp(t: Parameters<typeof temporaryDir>[0]) {
	const root = temporaryDir(t);
	const config = join(root, 'config');
	const file = join(root, 'lavrov.txt');
	copyFileSync(LAVROV_FILE, file);
	return { root, config, file, configFile: join(config, 'config.json') };
}

interface ListEntry {
	id: string;
	file: string;
	exact: string;
	note: string;
	start: number;
	end: number;
	state: string;
	created: string;
	updated: string;
}

function list(config: string, ...args: string[]): ListEntry[] {
	const result = runCli(config, ['highlight', 'list', '--json', ...args]);
	assert.equal(result.status, 0, result.stderr);
	return JSON.parse(result.stdout) as ListEntry[];
}

test('highlight add prints the new id; list --json has the contract shape', (t) => {
	const { config, file, configFile } = setUp(t);
	const added = runCli(config, ['highlight', 'add', file, '--text', 'We see no room for compromise', '--note', 'the key line']);
	assert.equal(added.status, 0, added.stderr);
	assert.match(added.stdout, /^[0-9a-f]{12}\n$/);
	const id = added.stdout.trim();

	const entries = list(config);
	assert.equal(entries.length, 1);
	assert.deepEqual(Object.keys(entries[0]!).sort(), LIST_KEYS);
	const text = readFileSync(file, 'utf8');
	const entry = entries[0]!;
	assert.deepEqual(
		{ id: entry.id, file: entry.file, exact: entry.exact, note: entry.note, state: entry.state },
		{ id, file, exact: 'We see no room for compromise', note: 'the key line', state: 'anchored' },
	);
	assert.equal(text.slice(entry.start, entry.end), 'We see no room for compromise');
	const onDisk = JSON.parse(readFileSync(configFile, 'utf8')) as { highlights: Record<string, { prefix: string }> };
	assert.equal(onDisk.highlights[id]?.prefix.length, 32);
});

test('highlight add --json prints the highlight; straight quotes and --occurrence find the curly text', (t) => {
	const { config, file } = setUp(t);
	const text = readFileSync(file, 'utf8');
	const first = runCli(config, ['highlight', 'add', file, '--text', '"We see no room', '--json']);
	assert.equal(first.status, 0, first.stderr);
	const entry = JSON.parse(first.stdout) as ListEntry;
	assert.deepEqual(Object.keys(entry).sort(), LIST_KEYS);
	assert.equal(entry.exact, '“We see no room');
	assert.equal(entry.state, 'anchored');
	assert.equal(entry.start, text.indexOf('“We see no room'));

	const occurrences = text.split('Lavrov').length - 1;
	assert.ok(occurrences >= 2, 'test setup: the article names Lavrov more than once');
	const second = runCli(config, ['highlight', 'add', file, '--text', 'Lavrov', '--occurrence', '2', '--json']);
	assert.equal((JSON.parse(second.stdout) as ListEntry).start, text.indexOf('Lavrov', text.indexOf('Lavrov') + 1));
});

test('highlight add: text not in the article is an error (status 1) and nothing is written', (t) => {
	const { config, file, configFile } = setUp(t);
	const missing = runCli(config, ['highlight', 'add', file, '--text', 'words that are nowhere']);
	assert.equal(missing.status, 1);
	assert.equal(missing.stdout, '');
	assert.match(missing.stderr, /^marginalia: "words that are nowhere" is not in .*lavrov\.txt\n$/);
	const tooFar = runCli(config, ['highlight', 'add', file, '--text', 'Lavrov', '--occurrence', '99']);
	assert.equal(tooFar.status, 1);
	assert.match(tooFar.stderr, /occurs \d+ time\(s\).*not 99/);
	assert.ok(!existsSync(configFile), 'the store was not even opened');
	const noFile = runCli(config, ['highlight', 'add', join(config, 'nope.txt'), '--text', 'x']);
	assert.equal(noFile.status, 1);
	assert.match(noFile.stderr, /cannot open .*nope\.txt: no such file or folder/);
});

test('highlight: usage errors exit with status 2', (t) => {
	const { config, file } = setUp(t);
	for (const args of [
		['highlight', 'add', file, '--text', 'Lavrov', '--colour', 'red'],
		['highlight', 'add', file],
		['highlight', 'add', '--text', 'Lavrov'],
		['highlight', 'add', file, '--text', 'Lavrov', '--occurrence', 'two'],
		['highlight', 'list', '--bogus'],
		['highlight', 'rm'],
		['highlight', 'frobnicate'],
		['highlight'],
	]) {
		const result = runCli(config, args);
		assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
		assert.equal(result.stdout, '');
	}
});

test('highlight list re-anchors against the file as it is now: moved, edited, orphaned', (t) => {
	const { config, file } = setUp(t);
	const original = readFileSync(file, 'utf8');
	const sentence = 'This discussion is being conducted with an openly hostile purpose.';
	assert.ok(original.includes(sentence), 'test setup');
	const add = (text: string) => runCli(config, ['highlight', 'add', file, '--text', text]).stdout.trim();
	const moved = add('He made the comments following talks');
	const edited = add(sentence);
	const deleted = add('They are not hiding what they need it for');

	writeFileSync(
		file,
		`An editor's note was added at the top of this article.\n\n${original}`
			.replace('openly hostile', 'plainly hostile')
			.replace(' They are not hiding what they need it for,', ''),
	);
	const states = Object.fromEntries(list(config).map((entry) => [entry.id, entry.state]));
	assert.deepEqual(states, { [moved]: 'reanchored', [edited]: 'reanchored', [deleted]: 'orphaned' });

	const byId = Object.fromEntries(list(config).map((entry) => [entry.id, entry]));
	assert.equal(byId[deleted]?.exact, 'They are not hiding what they need it for', 'an orphan keeps its saved text');
	const now = readFileSync(file, 'utf8');
	assert.equal(now.slice(byId[edited]!.start, byId[edited]!.end), sentence.replace('openly', 'plainly'));
});

test('highlight list FILE… shows only those files; text output is one block per file', (t) => {
	const { root, config, file } = setUp(t);
	const other = join(root, 'other.txt');
	writeFileSync(other, 'Another article\n\nThe minister said nothing at all.\n');
	runCli(config, ['highlight', 'add', file, '--text', 'Lavrov', '--occurrence', '1']);
	runCli(config, ['highlight', 'add', other, '--text', 'said nothing', '--note', 'odd']);
	assert.deepEqual(list(config, other).map((entry) => entry.exact), ['said nothing']);
	assert.equal(list(config).length, 2);
	const text = runCli(config, ['highlight', 'list', other]);
	assert.equal(text.status, 0);
	assert.match(text.stdout, /other\.txt — Another article\n {2}[0-9a-f]{12} {2}\d+-\d+ {2}"said nothing"\n {6}note: odd\n/);
});

test('highlight rm removes by id (status 0); an unknown id is status 1', (t) => {
	const { config, file, configFile } = setUp(t);
	const id = runCli(config, ['highlight', 'add', file, '--text', 'Lavrov', '--occurrence', '1']).stdout.trim();
	const removed = runCli(config, ['highlight', 'rm', id]);
	assert.equal(removed.status, 0, removed.stderr);
	assert.equal(removed.stdout, `${id}\n`);
	assert.deepEqual(list(config), []);
	const onDisk = JSON.parse(readFileSync(configFile, 'utf8')) as { tombstones: Record<string, unknown> };
	assert.deepEqual(Object.keys(onDisk.tombstones), [id]);
	const again = runCli(config, ['highlight', 'rm', id]);
	assert.equal(again.status, 1);
	assert.equal(again.stderr, `marginalia: no highlight ${id}\n`);
});

test('highlight: --config-dir wins over MARGINALIA_CONFIG_DIR', (t) => {
	const { root, config, file } = setUp(t);
	const flagged = join(root, 'flagged');
	runCli(config, ['highlight', 'add', file, '--text', 'Lavrov', '--occurrence', '1', '--config-dir', flagged]);
	assert.ok(existsSync(join(flagged, 'config.json')));
	assert.ok(!existsSync(join(config, 'config.json')));
	assert.equal(list(config, '--config-dir', flagged).length, 1);
});

test('highlight: a damaged config is moved aside with a warning on stderr, and the command carries on', (t) => {
	const { config, file, configFile } = setUp(t);
	runCli(config, ['highlight', 'list']);
	writeFileSync(configFile, '{"highlights": {');
	const result = runCli(config, ['highlight', 'add', file, '--text', 'Lavrov', '--occurrence', '1']);
	assert.equal(result.status, 0);
	assert.match(result.stderr, /could not be read \(not valid JSON.*moved to .*config\.damaged-.*\.json/);
	assert.equal(list(config).length, 1);
});

test('highlight add: text found in several places says so and asks for --occurrence N; nothing is written', (t) => {
	const { config, file, configFile } = setUp(t);
	const occurrences = readFileSync(file, 'utf8').split('Lavrov').length - 1;
	const ambiguous = runCli(config, ['highlight', 'add', file, '--text', 'Lavrov']);
	assert.equal(ambiguous.status, 1);
	assert.equal(ambiguous.stdout, '');
	assert.equal(ambiguous.stderr, `marginalia: "Lavrov" occurs ${occurrences} times in ${file}; say which with --occurrence N (1–${occurrences})\n`);
	assert.ok(!existsSync(configFile), 'nothing written');
});
