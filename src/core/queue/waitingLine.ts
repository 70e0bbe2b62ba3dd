/**
 * A step's waiting line. Entries are (item, token, key). The token is the item's enqueue counter,
 * increasing over the run; an entry is live only while the item still holds that token, so an item
 * taken out early (patience, SLA, served by a conditional pool from the middle) is removed lazily:
 * the caller changes the item's token and the stale entry is dropped when it reaches the head.
 * `size` counts physical entries, live or stale; the simulation keeps the live count itself and
 * compacts the line when stale entries outnumber live ones, so memory follows the live queue.
 */
export interface WaitingLine {
  readonly size: number;
  push(item: number, token: number, key: number): void;
  /** Physical head in service order (may be stale). Only valid when size > 0. */
  headItem(): number;
  headToken(): number;
  /** Removes the physical head. */
  shift(): void;
  /** Entry i in storage order (not service order), for scans; 0 <= i < size. */
  itemAt(i: number): number;
  tokenAt(i: number): number;
  keyAt(i: number): number;
  /** Drops every stale entry (those whose item no longer holds the entry's token), keeping service order. */
  compact(itemTokens: Float64Array): void;
}
