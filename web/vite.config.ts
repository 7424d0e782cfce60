import { defineConfig } from 'vite';
import { precompress } from './precompress.mjs';

const outDir = '../api/wwwroot';

// The API serves the built files from api/wwwroot (see web.targets), so the SPA and the API share one origin
// and the client needs no CORS or base URL. In development, `npm run dev` forwards API calls to `dotnet run`.
// precompress() writes .br and .gz copies beside each text file, served as they are (docs/operations.md).
export default defineConfig({
  plugins: [precompress(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:5000',
      '/swagger': 'http://localhost:5000',
    },
  },
});
