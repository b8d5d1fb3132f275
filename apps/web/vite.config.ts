import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built files (apps/web/dist). `npm run dev -w apps/web` serves the sources with hot
// reload and forwards API calls to the API on :3000, so the session cookie stays same-origin.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
