// Placeholder entry for watch.html (filled in by its own module).
export {};
