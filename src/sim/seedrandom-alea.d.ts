// Types for seedrandom's alea entry point, which @types/seedrandom does not declare.
declare module 'seedrandom/lib/alea' {
  interface AleaState {
    c: number;
    s0: number;
    s1: number;
    s2: number;
  }
  interface AleaPrng {
    (): number;
    state(): AleaState;
  }
  function alea(seed: string, options?: { state?: boolean | AleaState }): AleaPrng;
  export default alea;
}
