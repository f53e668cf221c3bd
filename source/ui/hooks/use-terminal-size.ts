import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
	readonly columns: number;
	readonly rows: number;
}

/** ink-testing-library's stdout has 100 columns and no rows: fall back to a classic 80×24 terminal. */
function read(stdout: NodeJS.WriteStream): TerminalSize {
	return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}

export function useTerminalSize(): TerminalSize {
	const { stdout } = useStdout();
	const [size, setSize] = useState(() => read(stdout));
	useEffect(() => {
		const onResize = () => setSize(read(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
