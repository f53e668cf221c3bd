// Imported first by benchmarks that render the App: React's production build, as the app loads it (cli.tsx).
// ES modules are evaluated in the order they are imported, so React reads the variable after this sets it.
process.env.NODE_ENV ??= 'production';
