import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Library } from '../../../../source/library/index/library.js';
import { LARGE_FILE_BYTES } from '../../../../source/library/large-file.js';
import { readLargeUnindexed } from '../../../../source/library/unindexed.js';
import { renderApp } from '../../../helpers/app.js';
import { largeArticleText } from '../../../helpers/large-article.js';
import { waitForFrame } from '../../../helpers/ink.js';
import { temporaryFolder } from '../../../helpers/temp.js';

test('a large article not yet counted is listed with its quotes pending, never as "0", and the count arrives from the index', async () => {
	const folder = temporaryFolder();
	const file = join(folder, 'long-read.txt');
	writeFileSync(file, largeArticleText(LARGE_FILE_BYTES + 100_000, 'The longest read about peacekeepers'));
	// As `marginalia long-read.txt` starts: the index has not read the file, so it is opened without its count.
	const library = Library.open([file], { cacheDir: temporaryFolder('marginalia-cache-') });
	const unindexed = await readLargeUnindexed(library, file);
	assert.ok(unindexed, 'read without the index');
	assert.equal(unindexed.summary.pending, true);

	const app = await renderApp({ listing: { articles: [unindexed], unreadable: [], problem: null }, library, paths: [file] });
	try {
		let frame = await waitForFrame(app.lastFrame, (f) => f.includes('The longest read'));
		const row = frame.split('\n').find((line) => line.includes('The longest read'))!;
		assert.match(row, /…\s+unread/, 'the Quotes column says not yet');
		assert.doesNotMatch(row, /\s0\s+unread/, 'not "0 quotes"');
		assert.match(frame, /Quotes not counted yet/);
		assert.doesNotMatch(frame, /No direct quotes/);

		// The App's check of the files reads it for the index (off its thread); the count replaces the "…".
		frame = await waitForFrame(app.lastFrame, (f) => f.includes('Most quoted:'), 'the count from the index', 20_000);
		assert.match(frame, /Most quoted: (Maria Zakharova|Sergey Lavrov) \d{3,}/);
		assert.match(frame.split('\n').find((line) => line.includes('The longest read'))!, /\s\d{3,}\s+unread/);
	} finally {
		app.unmount();
	}
});
