/**
 * An article file this large takes seconds to analyse whole (an 11 MB one: 11 s): it is never analysed on
 * the app's thread, and the reader opens it without counting its quotes first.
 */
export const LARGE_FILE_BYTES = 1024 * 1024;
