import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The console is served by the platform at /console; the build goes into the bundle's classes,
// in the module's target folder, three folders up from src/main/frontend.
const module = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..')

export default defineConfig({
  base: '/console/',
  // Element Plus's components and their styles are imported where a page uses them, not whole.
  plugins: [vue(), components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false })],
  build: {
    outDir: resolve(module, 'target', 'classes', 'console'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
})
