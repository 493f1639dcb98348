import type { Realm } from './realm';

/**
 * Errors the way Apps Script throws them from a service: an `Error` of the code's own realm
 * (so `e instanceof Error` holds inside a vm context) named "Exception", so `String(e)` reads
 * "Exception: <message>" and `e.message` is the bare message.
 */
export function appsScriptException(message: string, realm?: Realm): Error {
  const ErrorCtor = realmError(realm);
  const error = new ErrorCtor(message);
  error.name = 'Exception';
  return error;
}

const cache = new WeakMap<object, ErrorConstructor>();

/** The realm's own Error constructor (reached through its Function constructor). */
function realmError(realm?: Realm): ErrorConstructor {
  if (!realm) return Error;
  const hit = cache.get(realm.Date);
  if (hit) return hit;
  let ctor: ErrorConstructor = Error;
  try {
    const RealmFunction = (realm.Date as unknown as { constructor: FunctionConstructor }).constructor;
    ctor = new RealmFunction('return Error')() as ErrorConstructor;
  } catch {
    /* code generation disallowed in the realm: fall back to the host Error */
  }
  cache.set(realm.Date, ctor);
  return ctor;
}
