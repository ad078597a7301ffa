// Loaded before every suite: keep test logs silent. The database server is the global fixture's (global-db.ts).
process.env.LOG_LEVEL ??= 'silent';
