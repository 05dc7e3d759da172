// Placeholder entry for board.html (filled in by its own module).
export {};
