/**
 * An article file larger than this takes a noticeable time to analyse (250 KB: about a quarter of a second;
 * an 11 MB one: seconds): it is never analysed on the app's thread (analyse-large.ts), and the reader opens it
 * without counting its quotes first (unindexed.ts).
 */
export const LARGE_FILE_BYTES = 256 * 1024;
