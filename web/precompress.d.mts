import type { Plugin } from 'vite';

/** Writes .br and .gz copies of the build's text files into outDir (see precompress.mjs). */
export function precompress(outDir: string): Plugin;
