// jest globalSetup: build dist/ once per run, so the harness tests run the real bundle.
// A failed build does not stop the run (other suites do not need dist/): the error is handed to
// the harness tests through ACTION_LOG_BUILD_ERROR and they fail with it.
module.exports = async function globalSetup() {
  // The script's time zone (appsscript.json): local-time Date methods in the bundle use it.
  process.env.TZ = 'Europe/London';
  try {
    const { buildBundle } = await import('../../scripts/build.mjs');
    const names = await buildBundle({ quiet: true });
    process.env.ACTION_LOG_ENTRY_POINTS = JSON.stringify(names);
    delete process.env.ACTION_LOG_BUILD_ERROR;
  } catch (e) {
    const message = (e && e.message) || String(e);
    process.env.ACTION_LOG_BUILD_ERROR = message;
    delete process.env.ACTION_LOG_ENTRY_POINTS;
    console.warn(`\n[global-setup] build failed; harness tests on dist/ will fail:\n${message}\n`);
  }
};
