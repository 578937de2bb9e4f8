// `target.push(...items)` passes every item as an argument, and V8 refuses more than about
// 120,000 of them (RangeError: Maximum call stack size exceeded): a 9 MB compose file has
// 280,000 listeners. Lists that grow with the input are appended with a loop instead.
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
