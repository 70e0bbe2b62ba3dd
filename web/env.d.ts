// Vite's types for import.meta.glob, ?raw imports and `new Worker(new URL(...))` in web/.
/// <reference types="vite/client" />
