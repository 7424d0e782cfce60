import { defineConfig } from 'vite';

// The API serves the built files from api/wwwroot (see web.targets), so the SPA and the API share one origin
// and the client needs no CORS or base URL. In development, `npm run dev` forwards API calls to `dotnet run`.
export default defineConfig({
  build: {
    outDir: '../api/wwwroot',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:5000',
      '/swagger': 'http://localhost:5000',
    },
  },
});
