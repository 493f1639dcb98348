// The manifest each deployment pushes. The product's is appsscript.json as it stands. The
// self-test's own deployment (ACTION_LOG_SELFTEST=1, into a spare spreadsheet: README "Check it
// on your own account") runs the same Code.js, but must make a scratch spreadsheet, which
// `spreadsheets.currentonly` forbids: it asks for `spreadsheets` instead. The product never
// asks for it, so a board's script can reach no spreadsheet but its own.
const AUTH = 'https://www.googleapis.com/auth/';

const SELFTEST_SCOPE_SWAP = { from: `${AUTH}spreadsheets.currentonly`, to: `${AUTH}spreadsheets` };

function selfTestManifest(manifest) {
  const scopes = manifest.oauthScopes.map((s) => (s === SELFTEST_SCOPE_SWAP.from ? SELFTEST_SCOPE_SWAP.to : s));
  if (!scopes.includes(SELFTEST_SCOPE_SWAP.to)) throw new Error(`appsscript.json has no ${SELFTEST_SCOPE_SWAP.from} scope to swap for the self-test`);
  return { ...manifest, oauthScopes: scopes };
}

/** The manifest to push: the self-test's when the environment says ACTION_LOG_SELFTEST=1. */
function manifestFor(manifest, env) {
  return env.ACTION_LOG_SELFTEST === '1' ? selfTestManifest(manifest) : manifest;
}

module.exports = { SELFTEST_SCOPE_SWAP, selfTestManifest, manifestFor };
