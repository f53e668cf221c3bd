import { useEffect, useState } from 'react';

/**
 * The screens the library's first frame does not show, with what they bring (the reader: the quote engine,
 * layout, re-anchoring; notes: fuse.js), and the quote engine for a library without an index: loaded just after that frame, so that the app starts as fast as Ink
 * allows. Opening one before they are loaded shows it when they are (keys typed meanwhile are kept).
 */
export interface ScreenModules {
	readonly reader: typeof import('../screens/reader/ReaderScreen.js');
	readonly notes: typeof import('../screens/notes/NotesScreen.js');
	/** The quote engine on the articles shown, for the people screen when there is no library index. */
	readonly analysed: typeof import('../../library/analysed-source.js');
}

let loaded: ScreenModules | null = null;
let loading: Promise<ScreenModules> | null = null;

/** Loads the screens once; a start that opens the reader straight away awaits this before its first frame. */
export function loadScreens(): Promise<ScreenModules> {
	loading ??= Promise.all([import('../screens/reader/ReaderScreen.js'), import('../screens/notes/NotesScreen.js'), import('../../library/analysed-source.js')]).then(
		([reader, notes, analysed]) => (loaded = { reader, notes, analysed }),
	);
	return loading;
}

/** The screens, once loaded; they start loading after the first frame drawn without them. */
export function useScreenModules(): ScreenModules | null {
	const [modules, setModules] = useState(loaded);
	useEffect(() => {
		if (modules) return;
		let mounted = true;
		void loadScreens().then((done) => mounted && setModules(done));
		return () => {
			mounted = false;
		};
	}, [modules]);
	return modules;
}
