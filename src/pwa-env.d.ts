/// <reference types="vite-plugin-pwa/vanillajs" />
// Types of 'virtual:pwa-register' (vite.config.ts: VitePWA, registered from src/main.ts).
