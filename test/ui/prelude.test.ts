import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppStore, rescueUnsaved, saveBeforeExit } from '../../source/ui/prelude.js';
import { UnsavedChangeError, openStore } from '../../source/store/index.js';
import { installFaults, mountSmallDisk, remount } from '../helpers/faults.js';
import { ARTICLE_TEXT, rangeOf } from '../helpers/store-fixtures.js';

const FILE = '/library/lavrov.txt';

/** A config folder with one highlight, then read-only: a tmpfs remounted ro, else EROFS injected. */
async function readOnlyConfig(t: TestContext): Promise<string> {
	const mounted = mountSmallDisk(t, 1024 * 1024);
	const dir = mounted ?? mkdtempSync(join(tmpdir(), 'marginalia-readonly-'));
	const { store } = await openStore({ configDir: dir });
	store.addHighlight({ file: FILE, text: ARTICLE_TEXT, fingerprint: 'f', ...rangeOf('no room for compromise'), note: 'mine' });
	if (mounted && remount(mounted, 'ro')) {
		t.diagnostic('a tmpfs remounted read-only');
		t.after(() => remount(mounted, 'rw'));
	} else {
		t.diagnostic('mount not allowed here: EROFS injected');
		const removeFaults = installFaults({ under: dir, readOnly: true });
		t.after(() => {
			removeFaults();
			rmSync(dir, { recursive: true, force: true });
		});
	}
	return dir;
}

test('app store: a read-only config folder opens with its highlights (not an empty temporary store), and a change says why it is not saved', async (t) => {
	const dir = await readOnlyConfig(t);
	const { store, warning } = await openAppStore(dir);
	assert.equal(warning, null, 'no "nothing will be kept" warning: reading works');
	assert.deepEqual(store.highlights().map((highlight) => highlight.note), ['mine']);
	const error = assert.throws(
		() => store.addHighlight({ file: FILE, text: ARTICLE_TEXT, fingerprint: 'f', ...rangeOf('Zimbabwean') }),
		(thrown: unknown) => thrown instanceof UnsavedChangeError && /read-only file system/.test(thrown.message),
	);
	void error;
	assert.equal(store.highlights().length, 2, 'kept in memory meanwhile');
});

test('app store: changes still unsaved on the way out are written to a file in the temporary folder, and the message says where', async (t) => {
	const dir = await readOnlyConfig(t);
	const { store } = await openAppStore(dir);
	assert.throws(() => store.setNote(store.highlights()[0]!.id, 'changed while read-only'), UnsavedChangeError);
	const message = await saveBeforeExit(store);
	const rescue = /is in (\S+\.json)\.$/.exec(message ?? '')?.[1];
	assert.ok(rescue && existsSync(rescue), message ?? 'no message');
	t.after(() => rmSync(rescue, { force: true }));
	assert.match(readFileSync(rescue, 'utf8'), /changed while read-only/);
	assert.equal(rescueUnsaved(store), message, 'written once');
});
