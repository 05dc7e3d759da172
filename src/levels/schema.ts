// The level file format: one zod schema that is the single source of the TypeScript types
// (Level, LevelInput), the validator and levels/level.schema.json (generated from it).
// Every tunable number of the model lives here with its documented default; every text a
// player reads is a { en, nl } pair. Cross-references (need and segment ids, claims) are
// checked in references.ts, which knows the whole file.
import { z } from 'zod';
import { DEFAULT_REPLIES } from './replies';

export const SCHEMA_VERSION = 2;

/** A number with a description, a closed range and (optionally) a default. */
function num(description: string, min: number, max: number, def?: number) {
  const base = z.number().min(min).max(max).describe(description);
  return def === undefined ? base : base.default(def);
}
function int(description: string, min: number, max: number, def?: number) {
  const base = z.number().int().min(min).max(max).describe(description);
  return def === undefined ? base : base.default(def);
}
/** Money is always integer cents. */
function cents(description: string, def?: number) {
  return int(`${description} In cents.`, 0, 1e12, def);
}
const Id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'an id in lower case letters, digits and dashes')
  .describe('An identifier: lower case letters, digits and dashes, starting with a letter.');

/** A text the player reads, in English and Dutch. */
export const Text = z
  .strictObject({
    en: z.string().min(1).describe('The English text.'),
    nl: z.string().min(1).describe('The Dutch text.'),
  })
  .describe('A text the player reads, in English (en) and Dutch (nl).');

/** Several lines the player may read, in English and Dutch (same count not required). */
const Lines = z
  .strictObject({
    en: z.array(z.string().min(1)).min(1).describe('English lines.'),
    nl: z.array(z.string().min(1)).min(1).describe('Dutch lines.'),
  })
  .describe('Lines in English (en) and Dutch (nl); one is picked at random.');

const Range = (description: string, min: number, max: number) =>
  z
    .strictObject({
      min: num('Lowest value.', min, max),
      max: num('Highest value.', min, max),
    })
    .describe(description);

const Need = z
  .strictObject({
    id: Id,
    name: Text.describe('What the need is called in the game.'),
    hints: Lines.describe(
      'What a visitor says when this need weighs on them (hints, never the need by name).',
    ),
    learned: Text.describe('The note our team writes when it learns this need.'),
  })
  .describe('A dimension of what customers need; accounts weigh the needs differently.');

const Segment = z
  .strictObject({
    id: Id,
    name: Text.describe('The segment as the player reads it.'),
    share: num('Share of the accounts in this segment (shares are normalised).', 0.001, 1),
    orderValue: Range('Value of one regular order, in cents.', 1, 1e10),
    cycleWeeks: Range('Weeks between two regular purchases.', 1, 52),
    pressureAversion: Range(
      'How much a pitch to someone not ready annoys them (0 calm, 1 allergic to pressure).',
      0,
      1,
    ),
    openness: Range('How openly they talk when someone listens (0 closed, 1 open).', 0, 1),
    fairAttendance: num('Chance that an account of this segment visits the fair on a given day.', 0, 1),
    noveltyAppetite: num('How strongly glittering new products draw them to a booth.', 0, 2, 0.5),
    needWeights: z
      .record(z.string(), num('Relative weight.', 0, 100))
      .describe('Typical weight of each need (by need id) in this segment; each account varies around it.'),
    needSpread: num('How much accounts vary around the segment weights (0 none, 1 a lot).', 0, 1, 0.5),
    voice: Lines.optional().describe(
      'How people of this segment introduce themselves at our booth when they do not remember us: who they are and what their days are like, never whether they will buy.',
    ),
  })
  .describe('A group of customer accounts with similar habits.');

const BoothSize = z
  .strictObject({
    cost: cents('What the booth costs for the fair.'),
    pull: num('How strongly the booth draws passers-by.', 0, 5),
    slots: int('How many staff fit on the floor at once.', 1, 20),
  })
  .describe('One booth size.');

const Fit = z
  .record(z.string(), num('Fit from 0 (useless for this need) to 1 (perfect).', 0, 1))
  .describe('How well the offering serves each need, by need id.');

const Competitor = z
  .strictObject({
    id: Id,
    name: Text.describe('The competitor as the player reads it.'),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .describe('Booth colour in the hall, as #rrggbb.'),
    booth: z.enum(['small', 'medium', 'large']).describe('Booth size this competitor takes each year.'),
    staff: int('Staff at the start of the game.', 1, 100),
    minStaff: int('They never lay off below this many staff.', 1, 100, 2),
    pushShare: num('Share of their booth staff who pitch rather than listen (0..1).', 0, 1),
    followUpShare: num(
      'Share of their leads they follow up per staff member and week, relative to our capacity.',
      0,
      1,
      0.3,
    ),
    showsInnovations: z.boolean().describe('Whether they show glittering new products at the fair.'),
    fit: Fit,
    cashWeeks: num(
      'Cash at the start of the game, in weeks of its costs (staff and overheads). A competitor with less than layoffRunwayWeeks of runway lays off after a fair that did not pay.',
      0,
      104,
      8,
    ),
    plannedProfit: num(
      'Share of its gross margin the competitor plans to keep in a year of habit: its overheads are set to spend the rest after its staff, on the market the level builds (what the accounts buy from it at their cycles and the chances they pick it at the start). So a competitor is as lean or as fat as this says, whatever the size of the orders.',
      0,
      1,
      0.25,
    ),
    cash: cents(
      'Cash at the start of the game, named outright instead of cashWeeks (the shipped levels do not).',
    ).optional(),
    staffWeeklyCost: cents('What one staff member costs per week.'),
    fixedWeeklyCost: cents(
      'Other costs per week, named outright instead of working them out from plannedProfit (the shipped levels do not).',
    ).optional(),
    margin: num('Share of revenue kept as gross margin.', 0, 1),
    marketShare: num('Share of the accounts that start with them as main supplier.', 0, 1),
    listeningSkill: num('How well their people listen (0..1).', 0, 1, 0.4),
    mood: num('Mood of their people (0..100).', 0, 100, 50),
  })
  .describe('A company that shows at the same fair and follows its own policy.');

const Claim = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('compare').describe('Bot A beats bot B on a metric.'),
        id: Id,
        text: Text,
        a: z.string().describe('The bot expected to be ahead.'),
        b: z.string().describe('The bot expected to be behind.'),
        metric: z
          .enum(['fairRevenue', 'cumulativeRevenue', 'seasonRevenue', 'afterFairRevenue', 'cumulativeProfit'])
          .describe('What is compared.'),
        season: int('The season (1-based) the metric is read at.', 1, 20),
        required: num('Share of seeds in which the claim must hold.', 0, 1),
      })
      .describe('A claim that one bot is ahead of another on a metric at a season.'),
    z
      .strictObject({
        kind: z.literal('layoffs').describe('A competitor lays off staff.'),
        id: Id,
        text: Text,
        bot: z.string().describe('The bot whose world is looked at.'),
        bySeason: int('Layoffs must have happened by the end of this season (1-based).', 1, 20),
        required: num('Share of seeds in which the claim must hold.', 0, 1),
      })
      .describe('A claim that some competitor lays off staff by a given season.'),
    z
      .strictObject({
        kind: z.literal('fired').describe('Careless play gets the player fired.'),
        id: Id,
        text: Text,
        bots: z.array(z.string()).min(1).describe('Bots of which at least one must be fired in a seed.'),
        required: num('Share of seeds in which at least one of them is fired.', 0, 1),
      })
      .describe('A claim that careless play can get the player fired.'),
    z
      .strictObject({
        kind: z.literal('not-fired').describe('Good play keeps the job.'),
        id: Id,
        text: Text,
        bot: z.string().describe('The bot that should keep its job.'),
        required: num('Share of seeds in which the bot is not fired.', 0, 1),
      })
      .describe('A claim that a bot keeps its job.'),
    z
      .strictObject({
        kind: z.literal('fair-share').describe('Fair-day sales stay a small part of the seasons.'),
        id: Id,
        text: Text,
        bot: z.string().describe('The bot whose seasons are looked at.'),
        max: num('Largest share of the game’s revenue that may have been signed at the fairs.', 0, 1),
        required: num('Share of seeds in which the game stays under it.', 0, 1),
      })
      .describe('A claim that what a bot signs at the fairs stays under a share of its revenue.'),
    z
      .strictObject({
        kind: z.literal('unpaid-layoffs').describe('Competitors lay off only after a fair that did not pay.'),
        id: Id,
        text: Text,
        bot: z.string().describe('The bot whose world is looked at.'),
        required: num(
          'Share of seeds with a layoff in which every layoff came in a season whose fair did not pay for itself.',
          0,
          1,
        ),
      })
      .describe('A claim that competitors’ layoffs follow their own unpaid fair.'),
  ])
  .describe('A lesson the level must teach, checked by the balance tool across seeds.');

const Model = z
  .strictObject({
    trustMain: Range('Starting trust of an account in its main supplier.', 0, 1).default({
      min: 0.5,
      max: 0.7,
    }),
    trustOther: Range('Starting trust of an account in the other suppliers.', 0, 1).default({
      min: 0.2,
      max: 0.4,
    }),
    mainKnowledge: num('How much a main supplier knows of its accounts’ needs at the start.', 0, 1, 0.3),
    pitchTicks: int('Fair ticks a pitch takes.', 1, 16, 1),
    listenTicks: int('Fair ticks a conversation takes.', 1, 16, 3),
    askTicks: int('Fair ticks a question takes when the player asks one.', 1, 16, 1),
    brochureTicks: int('Fair ticks handing a brochure takes.', 1, 16, 1),
    pitchChance: num(
      'Base chance that a pitch signs a visitor who did not come ready to buy (before mood, readiness, fit).',
      0,
      1,
      0.3,
    ),
    readyShare: num(
      'How many visitors come ready to buy: their chance is this times the fair’s buying mood times (0.5 + how due they are, 0..1).',
      0,
      2,
      0.35,
    ),
    readyPitchChance: num(
      'Chance that a pitch signs a visitor who came ready to buy (before fit, booth, mood and irritation).',
      0,
      1,
      0.75,
    ),
    tellHonesty: num(
      'Chance that a visitor who came ready to buy shows it (asks about prices and delivery).',
      0,
      1,
      0.8,
    ),
    tellFalse: num(
      'Chance that a visitor who is not ready still asks about prices (a false tell).',
      0,
      1,
      0.1,
    ),
    pitchIrritation: num('Irritation a failed pitch adds (before pressure aversion).', 0, 1, 0.2),
    pitchTrustLoss: num('Trust a failed pitch costs a pressure-averse visitor.', 0, 1, 0.04),
    innovationMisfitIrritation: num(
      'Extra irritation when a pitched new product does not fit the visitor’s needs.',
      0,
      1,
      0.1,
    ),
    fairOrderTrust: num('Trust gained when an order is signed at the fair.', 0, 1, 0.05),
    fairOrderReplaces: num(
      'How much an order signed at the fair replaces the account’s next regular order (1 fully, 0 it comes on top).',
      0,
      1,
      1,
    ),
    listenTrust: num('Trust a good conversation builds.', 0, 1, 0.08),
    listenKnowledge: num('Knowledge of the visitor’s needs a good conversation brings.', 0, 1, 0.5),
    listenSoothe: num('Irritation a conversation takes away.', 0, 1, 0.1),
    askKnowledge: num('Knowledge of the top need one question brings.', 0, 1, 0.45),
    askTrust: num('Trust one good question builds.', 0, 1, 0.04),
    brochureTrust: num('Trust a brochure builds.', 0, 1, 0.01),
    wordOfMouthPeers: int('Peers a listened-to visitor tells about the conversation.', 0, 20, 2),
    wordOfMouthTrust: num('Trust each peer gains from hearing about it.', 0, 1, 0.02),
    wordOfMouthBuzz: num('Buzz each peer gains (draws them to the booth, decays weekly).', 0, 2, 0.5),
    buzzDecay: num('Share of buzz lost per week.', 0, 1, 0.2),
    irritationDecay: num('Share of irritation that fades per week.', 0, 1, 0.06),
    irritationAvoid: num('Irritation above which a visitor no longer comes to that booth.', 0, 1, 0.6),
    browseChance: num('Chance per tick that a walking visitor steps up to a booth.', 0, 1, 0.35),
    walkOnWeight: num('Weight of walking on instead of visiting any booth.', 0, 20, 1.5),
    pullTrust: num('How much trust draws a visitor to a booth.', 0, 10, 2),
    pullIrritation: num('How much irritation keeps a visitor away.', 0, 10, 4),
    pullBuzz: num('How much buzz draws a visitor to a booth.', 0, 10, 1),
    glitter: num('Pull of new products on display (times the visitor’s novelty appetite).', 0, 5, 1.2),
    queueLimit: int('Visitors waiting at a booth before newcomers give up.', 0, 30, 3),
    queuePatienceTicks: int('Ticks a visitor waits in a queue before leaving.', 1, 40, 3),
    queueIrritation: num('Irritation from giving up in a queue.', 0, 1, 0.03),
    stayTicks: Range('Ticks a visitor spends in the hall per day.', 1, 200).default({ min: 6, max: 16 }),
    focusDisplayPitch: num('Pitch chance multiplier of a product-display booth.', 0, 3, 1.2),
    focusDisplayListen: num('Conversation quality of a product-display booth.', 0, 3, 0.6),
    focusConversationPitch: num('Pitch chance multiplier of a conversation-space booth.', 0, 3, 0.8),
    focusConversationListen: num('Conversation quality of a conversation-space booth.', 0, 3, 1.2),
    choiceTrust: num('Weight of trust when an account picks a supplier for a regular order.', 0, 20, 2.5),
    choiceFit: num('Weight of fit when an account picks a supplier.', 0, 20, 3),
    choiceIrritation: num('Weight of irritation when an account picks a supplier.', 0, 20, 2.5),
    choiceLoyalty: num('Bonus of the current main supplier when an account picks.', 0, 20, 2.5),
    choiceService: num('Weight of service shortfall when an account picks.', 0, 20, 2),
    knowledgeFit: num('How much knowing an account’s needs improves the fit we offer them.', 0, 1, 0.1),
    orderValueSpread: num('Random spread of order values around the account’s usual size.', 0, 1, 0.2),
    leadColdWeeks: int('Weeks after the fair before an unfollowed lead goes cold.', 1, 52, 4),
    proposalWeeks: Range('Weeks a customer takes to decide on a proposal.', 1, 12).default({
      min: 1,
      max: 3,
    }),
    proposalBase: num('Base chance a proposal is accepted.', 0, 1, 0.15),
    proposalTrust: num('Extra acceptance chance per unit of trust.', 0, 2, 0.55),
    proposalFit: num('Extra acceptance chance per unit of proposal fit.', 0, 2, 0.4),
    proposalIrritation: num('Acceptance chance lost per unit of irritation.', 0, 2, 0.6),
    proposalValue: num('Value of an accepted proposal relative to a regular order.', 0, 5, 0.9),
    acceptTrust: num('Trust gained when a proposal is accepted.', 0, 1, 0.1),
    proposalCycleDelay: num(
      'Share of a buying cycle an accepted proposal pushes the next regular order back (1: it is that order, taken early).',
      0,
      1,
      1,
    ),
    proposalCost: cents('What preparing one proposal costs.', 50_000),
    proposalReadiness: num(
      'How much a proposal’s acceptance depends on the customer being due to buy (0 not at all, 1 only when due).',
      0,
      1,
      0.5,
    ),
    serviceAccountsPerStaff: num('Main accounts one staff member can serve well.', 1, 200, 8),
    serviceTrustLoss: num('Trust lost per week at full service shortfall.', 0, 1, 0.06),
    trustDrift: num('Weekly drift of trust back towards its start value.', 0, 1, 0.015),
    layoffRunwayWeeks: num('A competitor lays off when its cash covers fewer weeks than this.', 0, 52, 10),
    layoffShare: num('Share of staff laid off in one round.', 0, 1, 0.25),
    layoffCooldownWeeks: int('Weeks between two layoff rounds.', 0, 52, 4),
    layoffReviewWeeks: int(
      'Weeks after the fair a competitor waits to see whether its fair spend comes back before it lays off.',
      0,
      52,
      3,
    ),
    offSeasonWeeks: int(
      'Weeks of the year between one season’s last week and the next fair, not played: irritation, buzz and trust fade over them and buying cycles run on.',
      0,
      52,
      39,
    ),
  })
  .describe('The numbers of the simulation; each has a default.');

const CeoVisit = z
  .strictObject({
    invite: Text.describe('What the plan says about inviting the CEO to the fair.'),
    comes: num('Chance that the CEO really comes when invited (0..1).', 0, 1, 0.7),
    hours: int('Hours he stands at our booth.', 1, 24, 3),
    talkWeight: num('Patience he gains per conversation he sees at our booth.', 0, 20, 1),
    orderWeight: num('Patience he gains per order he sees signed at our booth.', 0, 20, 2),
    annoyedWeight: num('Patience he loses per visitor he sees annoyed by a pitch at our booth.', 0, 20, 1.5),
    expects: num(
      'What he expects to see before he is pleased, in the same points: conversations and orders below it count against us.',
      0,
      100,
      6,
    ),
    maxMove: num('Most patience one visit can move, either way.', 0, 100, 8),
    lines: z
      .strictObject({
        coming: Lines.describe('When he accepts the invitation (at the fair).'),
        away: Lines.describe('When he does not come after all.'),
        good: Lines.describe('When he leaves pleased with what he saw.'),
        bad: Lines.describe('When he leaves displeased with what he saw.'),
      })
      .describe('What he says about the visit.'),
  })
  .describe(
    'A story moment: the player may invite the CEO to the fair. Whether he comes is drawn; what he sees at our booth while he is there moves his patience. Leave it out and the plan offers no invitation.',
  );

const Ceo = z
  .strictObject({
    name: Text.describe('The CEO’s name and title.'),
    patience: num('The CEO’s patience at the start (0..100).', 1, 100, 60),
    minGrowth: num('Smallest revenue growth the CEO accepts as a promise (0.05 = 5 %).', -1, 5, 0),
    fairExpectedShare: num(
      'Share of the season’s promised revenue the CEO expects to see signed at the fair.',
      0,
      1,
      0.03,
    ),
    fairPenalty: num('Patience lost when the fair returns nothing at all.', 0, 100, 10),
    weeklySensitivity: num('Patience moved per week by being ahead or behind the promise.', 0, 100, 6),
    weeklyCap: num('Most patience a single week can move.', 0, 100, 3),
    seasonHitBonus: num('Patience gained when the season keeps the promise.', 0, 100, 12),
    seasonMissPenalty: num('Patience lost per 10 % the season falls short of the promise.', 0, 100, 6),
    ambitionBonus: num('Patience gained at planning per 10 % of promised growth.', 0, 100, 1.5),
    costOverPenalty: num('Patience lost when the season’s costs break the promised cap.', 0, 100, 15),
    budget: cents(
      'The season budget the CEO has in mind; a cost cap above it costs patience at planning (0: no budget).',
      0,
    ),
    budgetPenalty: num('Patience lost at planning per 10 % the cost cap asks above the budget.', 0, 100, 3),
    messages: z
      .strictObject({
        pleased: Lines,
        worried: Lines,
        angry: Lines,
        fairNothing: Lines,
        fired: Text,
        promise: Lines,
      })
      .describe('What the CEO says as patience moves.'),
    visit: CeoVisit.optional(),
  })
  .describe('The CEO, who judges the season against the promise.');

const Habit = z
  .strictObject({
    booth: z
      .enum(['small', 'medium', 'large'])
      .default('medium')
      .describe('The booth the company always takes.'),
    focus: z
      .enum(['display', 'conversation'])
      .default('display')
      .describe('What the booth is for, out of habit: a product show or a conversation space.'),
    pitchShare: num('Share of the floor places that pitch, out of habit (the rest listen).', 0, 1, 0.67),
  })
  .describe('The company’s habit: the plan the first season’s form starts from.');

const Team = z
  .strictObject({
    staff: int('Our staff.', 1, 50),
    staffWeeklyCost: cents('What one staff member costs per week.'),
    mood: num('The team’s mood at the start (0 sceptical .. 100 proud).', 0, 100, 40),
    listeningSkill: num('The team’s listening skill at the start (0..1).', 0, 1, 0.2),
    skillPerConversation: num('Listening skill gained per conversation.', 0, 1, 0.002),
    moodPerOrder: num('Mood gained per order (scaled by order size).', 0, 20, 0.15),
    moodPerRejection: num('Mood lost per rejected pitch.', 0, 20, 0.3),
    moodPerConversation: num('Mood gained per good conversation.', 0, 20, 0.1),
    followUpsPerWeek: int('Proposals the team can write per week.', 0, 100, 6),
    habit: Habit.default(() => Habit.parse({})),
  })
  .describe('Our sales team.');

const Company = z
  .strictObject({
    name: Text.describe('Our company’s name.'),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .describe('Our booth colour, as #rrggbb.'),
    fit: Fit,
    margin: num('Share of revenue kept as gross margin.', 0, 1),
    marketShare: num('Share of the accounts that start with us as main supplier.', 0, 1),
    baselineRevenue: cents(
      'Revenue of the season before the game; the first promise grows from it. Leave it out (as the shipped levels do) and the game works it out: what the accounts buy from us in a season without a fair, at their cycles and the chances they pick us at the start.',
    ).optional(),
  })
  .describe('Our company.');

const Improvements = z
  .strictObject({
    customerFit: num('Fit gained on the need that listening found to matter most.', 0, 1, 0.15),
    innovationFit: num('Fit gained on the marketing director’s favourite need by an innovation.', 0, 1, 0.05),
    innovationGlitter: num('Glitter an innovation adds to the next fair’s booth.', 0, 5, 1),
    innovationCost: cents('What developing an innovation costs.', 2_000_000),
    customerCost: cents('What a customer-informed improvement costs.', 1_000_000),
    favouriteNeed: z.string().describe('The need the marketing director believes in (a need id).'),
    director: Text.describe('The marketing director’s name and title.'),
    innovations: Lines.describe('Names of the marketing director’s innovations, one per season.'),
  })
  .describe('Improvements to the offering between seasons.');

const Fair = z
  .strictObject({
    days: int('Days the fair lasts.', 1, 10),
    hoursPerDay: int('Opening hours per day.', 1, 16),
    ticksPerHour: int('Simulation ticks per hour.', 1, 12, 4),
    openingHour: int('Hour the hall opens (for the clock).', 0, 23, 9),
    buyingMood: z
      .array(num('Buying mood (0 nobody signs at a fair .. 1 everyone would).', 0, 1))
      .min(1)
      .describe('Buying mood at the fair, one per season (the last repeats).'),
    booths: z
      .strictObject({ small: BoothSize, medium: BoothSize, large: BoothSize })
      .describe('The booth sizes on offer.'),
  })
  .describe('The fair: its days, its booths and its buying mood.');

const Replies = z
  .strictObject({
    remember: z
      .strictObject({
        proposal: Lines.describe(
          'Opening line of a customer who accepted a proposal of ours after an earlier fair.',
        ),
        pitched: Lines.describe('Opening line of a customer still annoyed by a pitch of ours.'),
        talked: Lines.describe('Opening line of a customer we talked with at an earlier fair.'),
        loyal: Lines.describe('Opening line of a customer whose main supplier we are.'),
      })
      .describe('What a visitor who remembers us says first (the strongest memory is used).'),
    after: z
      .strictObject({
        signed: Lines.describe('After a pitch that signed.'),
        refused: Lines.describe('After a pitch that did not sign and annoyed them.'),
        declined: Lines.describe('After a pitch that did not sign and did not annoy them.'),
        heard: Lines.describe('After we listened.'),
        brochure: Lines.describe('After we handed them a brochure.'),
      })
      .describe('What a visitor says back to what we did.'),
    mood: z
      .strictObject({
        tight: Lines.describe('Said about money when the season’s buying mood is low (below 0.35).'),
        open: Lines.describe('Said about money when the season’s buying mood is high (0.6 or more).'),
      })
      .default(() => structuredClone(DEFAULT_REPLIES.mood))
      .describe('What a visitor adds about the year’s budgets once asked; nothing in a middling year.'),
  })
  .describe('What visitors say at our booth. Leave it out and the game’s own lines are used.');

const People = z
  .strictObject({
    firstNames: z.array(z.string().min(1)).min(4).describe('First names for visitors.'),
    lastNames: z.array(z.string().min(1)).min(4).describe('Last names for visitors.'),
    companies: z.array(z.string().min(1)).min(4).describe('Company names for accounts.'),
    replies: Replies.default(() => structuredClone(DEFAULT_REPLIES)),
  })
  .describe('Name parts for the people and companies of the market.');

export const LevelSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path to level.schema.json, so editors check the file.'),
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of this format.'),
    id: Id,
    order: int('Position in the level list.', 0, 1000, 100),
    name: Text,
    description: Text.describe('What the level is about, in two or three sentences.'),
    lesson: Text.describe('The lesson in one line.'),
    briefing: Lines.describe('The story told before the first season, paragraph by paragraph.'),
    defaultSeed: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, "a seed: 1 to 64 letters, digits, '.', '_' or '-'")
      .describe("The seed used when none is given: 1 to 64 letters, digits, '.', '_' or '-'."),
    seasons: int('Seasons in a game.', 1, 20),
    weeksAfter: int('Weeks after each fair.', 1, 52, 12),
    accounts: int('Customer accounts in the market.', 4, 2000),
    needs: z.array(Need).min(1).max(8).describe('What customers need.'),
    segments: z.array(Segment).min(1).describe('The kinds of customer.'),
    people: People,
    fair: Fair,
    company: Company,
    team: Team,
    ceo: Ceo,
    improvements: Improvements,
    competitors: z.array(Competitor).min(1).max(6).describe('The other companies at the fair.'),
    model: Model.default(() => Model.parse({})),
    tutorial: z
      .array(
        z.strictObject({
          phase: z.enum(['plan', 'fair', 'after', 'review']).describe('The phase the tip shows in.'),
          text: Text,
        }),
      )
      .default([])
      .describe('Tips shown to the player during the level.'),
    claims: z.array(Claim).describe('The lessons this level teaches, checked across seeds.'),
  })
  .describe('A level of The Listening Booth.');

/** A level after parsing: every default filled in. */
export type Level = z.output<typeof LevelSchema>;
/** A level as a designer writes it: defaults may be left out. */
export type LevelInput = z.input<typeof LevelSchema>;
export type LevelText = z.output<typeof Text>;
export type LevelLines = z.output<typeof Lines>;
export type LevelClaim = z.output<typeof Claim>;
export type LevelModel = z.output<typeof Model>;
export type BoothSizeName = 'small' | 'medium' | 'large';
