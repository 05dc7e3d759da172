// What people look like: a visitor's look is derived deterministically from their account id
// (skin, hair, build, clothes, a bag), so the same customer looks the same at every fair and
// in every run of a seed. Staff wear their company's colour. Pure data; art/people.ts draws it.
import { mix } from './color';
import { hash3, pick, seeded } from './rand';

export type HairStyle =
  | 'short'
  | 'sidepart'
  | 'bob'
  | 'long'
  | 'bun'
  | 'curly'
  | 'bald'
  | 'mullet'
  | 'ponytail';

export type Accessory = 'none' | 'bag' | 'briefcase' | 'tote';

export interface Look {
  skin: number;
  hair: number;
  hairStyle: HairStyle;
  top: number;
  bottom: number;
  shoes: number;
  /** 0 slim, 1 average, 2 broad. */
  build: 0 | 1 | 2;
  /** Height factor around 1. */
  height: number;
  skirt: boolean;
  jacket: boolean;
  tie: boolean;
  glasses: boolean;
  accessory: Accessory;
  /** Bag or tote colour. */
  accent: number;
  badge: 'visitor' | 'staff' | 'none';
}

/** How many visitor looks the world bakes at boot. */
export const VISITOR_LOOKS = 48;
/** Faces per company for the staff. */
export const STAFF_FACES = 3;

export const SKINS = [0xf7dcc8, 0xefc29f, 0xdba47c, 0xbf8259, 0x966143, 0x6b432c] as const;
const HAIRS = [0x2b2622, 0x4a3020, 0x7a4e2a, 0xc9a063, 0xa8442a, 0x9a948c, 0xe6dfd3] as const;
const TOPS = [
  0x2a9d8f, 0xe0a231, 0x8e3b46, 0x34507a, 0x6c4f8c, 0xe07a5f, 0x7a8450, 0xefe2c6, 0x5a7fa8, 0xb0417a,
  0xd9c27e, 0x4f7b5b,
] as const;
const BOTTOMS = [0x3d3a40, 0x2f3b55, 0xb49a6a, 0x2a2624, 0x48648a, 0x6b4a33, 0x5a5560] as const;
const ACCENTS = [0xc8553d, 0x3f9a5b, 0x4a78a8, 0xe0a231, 0x7d5a8c, 0x8a5a3a] as const;
const STYLES_F: readonly HairStyle[] = ['bob', 'long', 'bun', 'curly', 'ponytail', 'short', 'bob', 'long'];
const STYLES_M: readonly HairStyle[] = ['short', 'sidepart', 'bald', 'curly', 'mullet', 'short', 'sidepart'];

/** The look of visitor look number i (0 <= i < VISITOR_LOOKS). */
export function visitorLook(i: number): Look {
  const r = seeded(hash3(i, 0x10c5));
  const fem = r() < 0.5;
  const hairStyle = pick(fem ? STYLES_F : STYLES_M, r());
  const age = r();
  const hair = age > 0.82 ? pick([0x9a948c, 0xe6dfd3] as const, r()) : pick(HAIRS.slice(0, 5), r());
  const acc = r();
  return {
    skin: pick(SKINS, r()),
    hair,
    hairStyle,
    top: pick(TOPS, r()),
    bottom: pick(BOTTOMS, r()),
    shoes: pick([0x2a2624, 0x5a3a26, 0x3d3a40] as const, r()),
    build: pick([0, 1, 1, 2] as const, r()),
    height: 0.93 + r() * 0.12,
    skirt: fem && r() < 0.45,
    jacket: r() < 0.55,
    tie: !fem && r() < 0.3,
    glasses: r() < 0.28,
    accessory: acc < 0.3 ? 'none' : acc < 0.55 ? 'bag' : acc < 0.8 ? 'briefcase' : 'tote',
    accent: pick(ACCENTS, r()),
    badge: 'visitor',
  };
}

/** Which baked look an account wears. Deterministic in the account id. */
export function lookForAccount(accountId: number): number {
  return hash3(accountId, 0xacc0) % VISITOR_LOOKS;
}

/** A staff member of a company: blazer in the company colour, a name badge. */
export function staffLook(color: number, face: number): Look {
  const r = seeded(hash3(face, 0x57aff));
  const fem = face % 2 === 1;
  return {
    skin: pick(SKINS, (face * 0.37 + 0.15) % 1),
    hair: pick(HAIRS.slice(0, 4), r()),
    hairStyle: fem
      ? pick(['bob', 'bun', 'ponytail'] as const, r())
      : pick(['short', 'sidepart'] as const, r()),
    top: color,
    bottom: mix(color, 0x2a2624, 0.75),
    shoes: 0x2a2624,
    build: 1,
    height: 0.98 + r() * 0.05,
    skirt: fem,
    jacket: true,
    tie: !fem,
    glasses: face === 2,
    accessory: 'none',
    accent: color,
    badge: 'staff',
  };
}

/** The player, the sales director: a dark suit and a tie in the company colour. */
export function directorLook(color: number): Look {
  return {
    skin: SKINS[1],
    hair: 0x4a3020,
    hairStyle: 'sidepart',
    top: 0x2f3442,
    bottom: 0x2f3442,
    shoes: 0x2a2624,
    build: 1,
    height: 1.04,
    skirt: false,
    jacket: true,
    tie: true,
    glasses: false,
    accessory: 'none',
    accent: color,
    badge: 'staff',
  };
}

/** The CEO, when invited to the fair: grey temples, glasses, a dark suit and a red tie. */
export function ceoLook(): Look {
  return {
    skin: SKINS[0],
    hair: 0x9a948c,
    hairStyle: 'sidepart',
    top: 0x33414e,
    bottom: 0x33414e,
    shoes: 0x2a2624,
    build: 2,
    height: 1.03,
    skirt: false,
    jacket: true,
    tie: true,
    glasses: true,
    accessory: 'none',
    accent: 0xc0392b,
    badge: 'none',
  };
}
