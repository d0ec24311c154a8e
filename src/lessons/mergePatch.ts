// JSON Merge Patch (RFC 7396): a lesson step's patch applied to its base scenario. Pure and
// non-mutating: the result shares no object with the patch, and the target is never changed.

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Copies a JSON value so that the result shares no object or array with it. */
function cloneJson(value: Json): Json {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (isObject(value)) {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value)) out[key] = cloneJson(value[key]);
    return out;
  }
  return value;
}

/**
 * RFC 7396 §2 MergePatch(target, patch): an object patch merges key by key (null removes the
 * key), anything else (an array, a string, a number, null) replaces the target.
 */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return cloneJson(patch);
  const out: Record<string, Json> = isObject(target)
    ? (cloneJson(target) as Record<string, Json>)
    : {};
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}
