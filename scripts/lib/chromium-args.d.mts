/** The flags every headless Chromium here starts with (chromium-args.mjs says why). */
export declare const CHROMIUM_ARGS: readonly string[];
