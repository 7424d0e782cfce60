// A Vite plugin, plain JavaScript so the type-check needs no Node type definitions (precompress.d.mts types it).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Text files worth compressing; images and fonts are compressed already.
const compressible = /\.(html|js|mjs|css|svg|json|txt|map|webmanifest)$/;

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the build in outDir, at the highest levels, so
 * the API serves them as they are (api/Operations/SpaFiles.cs) and never compresses a file per request. A copy is
 * written only when it is smaller than the file.
 * @param {string} outDir
 */
export function precompress(outDir) {
  /** @param {string} folder @returns {string[]} */
  const walk = (folder) =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'tracker-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of walk(outDir).filter((f) => compressible.test(f))) {
        const bytes = readFileSync(file);
        const br = brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        });
        const gz = gzipSync(bytes, { level: 9 });
        if (br.length < bytes.length) writeFileSync(`${file}.br`, br);
        if (gz.length < bytes.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}
