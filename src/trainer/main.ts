// Placeholder entry for room.html (filled in by its own module).
export {};
