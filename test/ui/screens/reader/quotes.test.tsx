import { test } from 'node:test';
import assert from 'node:assert/strict';
import stripAnsi from 'strip-ansi';
import { LIGHT_THEME, MONO_THEME, type Theme } from '../../../../source/ui/theme.js';
import { renderApp } from '../../../helpers/app.js';
import { KEYS, press, tick, waitForFrame } from '../../../helpers/ink.js';
import { styleAt } from '../../../helpers/ansi.js';

// FORCE_COLOR=1 (set by scripts/run-tests.mjs) makes chalk emit the 16 basic colours into the frames.

async function openZakharova(theme?: Theme) {
	const app = await renderApp({ theme });
	await press(app.stdin, 'j');
	await waitForFrame(app.lastFrame, (f) => f.includes('› Russia warns peacekeepers'));
	await press(app.stdin, KEYS.enter);
	await waitForFrame(app.lastFrame, (f) => f.includes('page 1/'), 'the reader');
	await press(app.stdin, '}');
	await waitForFrame(app.lastFrame, (f) => f.includes('Quote — Maria Zakharova'), 'the first quote in view');
	return app;
}


test('quotes are coloured by speaker, the speaker bold in the same colour, scare quotes quiet', async () => {
	const { lastFrame, unmount } = await openZakharova();
	const frame = lastFrame() ?? '';
	assert.match(stripAnsi(frame), /Quoted: Maria Zakharova 4/);
	const quote = styleAt(frame, '“Russia is categorically opposed');
	assert.ok(quote?.foreground, 'the quote is in a colour');
	const name = styleAt(frame, 'Zakharova also added');
	assert.equal(name?.bold, true, 'the speaker is bold where mentioned');
	assert.equal(name?.foreground, quote.foreground, 'in the colour of her quotes');
	assert.equal(styleAt(frame, 'in reality, it’s about')?.foreground, quote.foreground, 'her partial quote too');
	assert.equal(styleAt(frame, '“coalition of the willing”')?.dim, true, 'a scare quote is dim');
	assert.equal(styleAt(frame, 'to guarantee peace')?.foreground, null, 'narration is not coloured');
	unmount();
});

test('} and { step through the quotes, with the speaker under the text', async () => {
	const { lastFrame, unmount, stdin } = await openZakharova();
	let frame = stripAnsi(lastFrame() ?? '');
	assert.match(frame, /▌ “Russia is categorically opposed/, 'the gutter marks the focused quote');
	await press(stdin, '}');
	frame = await waitForFrame(lastFrame, (f) => f.includes('Quote — Maria Zakharova (partial)'), 'the partial quote');
	assert.match(frame, /▌ She claimed that “in reality/);
	await press(stdin, '{');
	frame = await waitForFrame(lastFrame, (f) => /▌ “Russia is categorically/.test(f), 'back to the first quote');
	await press(stdin, '{');
	await waitForFrame(lastFrame, (f) => f.includes('No quotes above'), 'told there is none before');
	unmount();
});

test('the speakers panel shows shares; following a speaker steps through their quotes only', async () => {
	const { lastFrame, stdin, unmount } = await renderApp();
	await press(stdin, KEYS.enter);
	await waitForFrame(lastFrame, (f) => f.includes('Quoted: Sergey Lavrov 5'), 'the Lavrov article');
	await press(stdin, 'S');
	let frame = await waitForFrame(lastFrame, (f) => f.includes('Speakers · 5 quotes'), 'the panel');
	assert.match(frame, /All quotes\s+\(following\)/);
	assert.match(frame, /Sergey Lavrov\s+█{20}\s+5/, 'the only speaker has the whole bar');
	// The panel's list subscribes to keys after its first frame, later on a loaded machine. `2` follows the
	// second row at once and pressing it again changes nothing, so press until the panel closes.
	for (let tries = 0; tries < 40 && (lastFrame() ?? '').includes('Speakers ·'); tries++) {
		await press(stdin, '2');
		await tick(50);
	}
	frame = await waitForFrame(lastFrame, (f) => f.includes('Quote — Sergey Lavrov') && !f.includes('Speakers ·'), 'following Lavrov');
	await press(stdin, '}');
	await waitForFrame(lastFrame, (f) => f.includes('Following Sergey Lavrov'), 'the follow shown under the quote');
	await press(stdin, 'S');
	await waitForFrame(lastFrame, (f) => /Sergey Lavrov\s+█+\s+5 ◂/.test(f), 'the panel marks who is followed');
	await press(stdin, KEYS.escape);
	await waitForFrame(lastFrame, (f) => !f.includes('Speakers ·'), 'the panel closed');
	unmount();
});

test('Q turns quote colours off and on, and the choice is kept', async () => {
	const { lastFrame, stdin, unmount, store } = await openZakharova();
	await press(stdin, 'Q');
	await waitForFrame(lastFrame, () => styleAt(lastFrame() ?? '', '“Russia is categorically')?.foreground === null, 'colours off');
	assert.equal(store.settings().quoteColours, false);
	await press(stdin, 'Q');
	await waitForFrame(lastFrame, () => Boolean(styleAt(lastFrame() ?? '', '“Russia is categorically')?.foreground), 'colours on');
	assert.equal(store.settings().quoteColours, true);
	unmount();
});

test('NO_COLOR: no colour at all, quotes still told apart by italics and speakers by bold', async () => {
	const { lastFrame, unmount } = await openZakharova(MONO_THEME);
	const frame = lastFrame() ?? '';
	assert.doesNotMatch(frame, /\u001B\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7])(?:;[0-9;]*)?m/, 'no foreground colour anywhere');
	assert.equal(styleAt(frame, '“Russia is categorically')?.italic, true, 'quotes in italics');
	assert.equal(styleAt(frame, 'Zakharova also added')?.bold, true, 'speakers in bold');
	unmount();
});

test('the light theme colours speakers with colours that read on white', async () => {
	const { lastFrame, unmount } = await openZakharova(LIGHT_THEME);
	const quote = styleAt(lastFrame() ?? '', '“Russia is categorically opposed');
	assert.ok(quote?.foreground && ![33, 93, 97, 37].includes(quote.foreground), `no yellow or white on a light background (got ${quote?.foreground})`);
	unmount();
});
