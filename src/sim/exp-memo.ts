// Math.exp remembered by slot: the market and the hall take exp of a relation's pull again and
// again while the relation does not change, so each caller keeps, per relation, the last
// argument and its exp. A hit needs the very same argument, and exp is a pure function, so
// what is returned never depends on what was remembered before (nor on which game did it).

export class ExpMemo {
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);

  /** Math.exp(x), from the slot's memory when its last argument was exactly x. */
  exp(slot: number, x: number): number {
    if (slot >= this.xs.length) this.grow(slot + 1);
    if (this.xs[slot] === x) return this.ys[slot] as number;
    const y = Math.exp(x);
    this.xs[slot] = x;
    this.ys[slot] = y;
    return y;
  }

  private grow(size: number): void {
    const xs = new Float64Array(Math.max(size, this.xs.length * 2)).fill(Number.NaN);
    const ys = new Float64Array(xs.length);
    xs.set(this.xs);
    ys.set(this.ys);
    this.xs = xs;
    this.ys = ys;
  }
}
